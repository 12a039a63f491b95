package dev.veil.ship;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.util.Map;

/**
 * Checks a manifest against the Kubernetes API schema, using the official Java client's models
 * (generated from the API's OpenAPI spec): an unknown field, a missing required field or an
 * object where a list belongs is rejected, recursively. Kinds outside {@link #VALIDATORS} fail,
 * so a new manifest kind cannot slip through unchecked.
 */
final class KubernetesSchema {
  private interface Validator {
    void validate(JsonElement json) throws IOException;
  }

  /** "apiVersion kind" to the model that validates it. */
  private static final Map<String, Validator> VALIDATORS = Map.of(
      "v1 ConfigMap", V1ConfigMap::validateJsonElement,
      "v1 Secret", V1Secret::validateJsonElement,
      "v1 Service", V1Service::validateJsonElement,
      "apps/v1 Deployment", V1Deployment::validateJsonElement,
      "autoscaling/v2 HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::validateJsonElement,
      "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget::validateJsonElement);

  private KubernetesSchema() {}

  /** Throws {@link IllegalArgumentException} naming the first schema violation in {@code manifest}. */
  static void validate(JsonNode manifest) {
    String type = manifest.path("apiVersion").asText() + " " + manifest.path("kind").asText();
    Validator validator = VALIDATORS.get(type);
    if (validator == null) {
      throw new IllegalArgumentException("no schema for " + type + " (add its model to KubernetesSchema)");
    }
    try {
      validator.validate(JsonParser.parseString(manifest.toString()));
    } catch (IOException e) {
      throw new IllegalArgumentException(type + ": " + e.getMessage(), e);
    } catch (ClassCastException | IllegalStateException | UnsupportedOperationException e) {
      // the generated validators cast before they check: an object where a list belongs, etc.
      throw new IllegalArgumentException(type + ": a field has the wrong shape (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
