package dev.veil.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import dev.veil.ship.Manifests.Doc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docker/k8s is valid Kubernetes (checked against the API schema by the official client's
 * models), follows the deployment rules of {@link DeploymentRules}, wires its objects to each
 * other by name, label and port, and carries docker/veil.yaml verbatim in its ConfigMap.
 */
class K8sManifestsTest {
  private static final Set<String> SECRET_KEYS = Set.of("OPENAI_API_KEY", "VEIL_HASH_KEY", "VEIL_REDACTION_KEY");

  private final Manifests manifests = Manifests.load();
  private final JsonNode deployment = manifests.one("Deployment");
  private final JsonNode pod = deployment.path("spec").path("template");
  private final JsonNode container = pod.path("spec").path("containers").path(0);

  @Test
  void everyObjectMatchesTheKubernetesApiSchema() {
    List<String> problems = new ArrayList<>();
    for (Doc doc : manifests.objects()) {
      try {
        KubernetesSchema.validate(doc.node());
      } catch (IllegalArgumentException e) {
        problems.add(doc + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(Set.of("ConfigMap", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Secret", "Service"),
        manifests.objects().stream().map(Doc::kind).collect(Collectors.toSet()));
  }

  /** The schema check is strict: a typo, a missing required field or a wrong shape fails. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "/spec/replica | 2",                                                               // typo of replicas
      "/spec/selector | -",                                                              // required
      "/spec/template/spec/containers/0/name | -",                                       // required
      "/spec/template/spec/containers/0/ports/0/containerPort | -",                      // required
      "/spec/template/spec/containers/0/securityContext/readOnlyRootFileSystem | true",  // wrong case
      "/spec/template/spec/containers/0/livenessProbe/httpGet/paths | /healthz",         // typo
      "/spec/template/spec/volumes | {name: tmp}",                                       // object, not list
  })
  void schemaRejectsLookAlikes(String pointer, String value) {
    JsonNode broken = mutate(deployment, pointer, value);
    assertThrows(IllegalArgumentException.class, () -> KubernetesSchema.validate(broken));
  }

  @Test
  void deploymentFollowsTheRules() {
    assertEquals(List.of(), DeploymentRules.problems(deployment, mountedConfig()));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "/spec/replicas | 1                                                                  | replicas",
      "/spec/template/spec/containers/0/readinessProbe/httpGet/port | http                 | readinessProbe",
      "/spec/template/spec/containers/0/livenessProbe | -                                  | livenessProbe",
      "/spec/template/spec/containers/0/resources/limits | -                               | resources.limits",
      "/spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem | false     | readOnlyRootFilesystem",
      "/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation | -       | allowPrivilegeEscalation",
      "/spec/template/spec/containers/0/securityContext/capabilities/drop | [NET_RAW]      | capabilities",
      "/spec/template/spec/containers/0/securityContext/runAsNonRoot | false              | runAsNonRoot",
      "/spec/template/spec/containers/0/securityContext/seccompProfile/type | Unconfined  | seccompProfile",
      "/spec/template/spec/terminationGracePeriodSeconds | 40                              | terminationGracePeriodSeconds",
      "/spec/template/spec/containers/0/lifecycle | -                                      | lifecycle.preStop",
      "/spec/template/spec/containers/0/volumeMounts/0/subPath | veil.yaml                | subPath",
      "/spec/template/spec/volumes/1 | {name: tmp, hostPath: {path: /tmp}}                 | /tmp",
      "/spec/template/spec/automountServiceAccountToken | true                             | automountServiceAccountToken",
  })
  void rulesCatchLookAlikes(String pointer, String value, String expected) {
    List<String> problems = DeploymentRules.problems(mutate(deployment, pointer, value), mountedConfig());
    assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected a problem about " + expected + ", got " + problems);
  }

  @Test
  void deploymentRunsAsTheImagesUser() {
    ParsedDockerfile dockerfile = ParsedDockerfile.parse(Repo.read("docker/Dockerfile"));
    String uid = dockerfile.last().last("USER").orElseThrow().args().split(":")[0];
    assertEquals(uid, pod.path("spec").path("securityContext").path("runAsUser").asText());
  }

  @Test
  void servicesSelectThePodsAndTargetNamedContainerPorts() {
    VeilConfig config = mountedConfig();
    List<Doc> services = manifests.ofKind("Service");
    assertEquals(2, services.size(), "an API Service and a separate admin Service");
    for (Doc service : services) {
      assertTrue(selects(service.node().path("spec").path("selector"), pod), service + " selects the Veil pods");
      for (JsonNode port : service.node().path("spec").path("ports")) {
        String target = port.path("targetPort").asText();
        assertTrue(DeploymentRules.containerPort(container, target) > 0, service + " targets a named container port: " + target);
      }
    }
    Map<String, List<Integer>> targets = services.stream().collect(Collectors.toMap(Doc::name,
        s -> StreamSupport.stream(s.node().path("spec").path("ports").spliterator(), false)
            .map(p -> DeploymentRules.containerPort(container, p.path("targetPort").asText())).toList()));
    assertEquals(Map.of("veil", List.of(config.server().port()), "veil-admin", List.of(config.admin().port())), targets,
        "the API Service reaches the API only; metrics and health have their own Service");
  }

  @Test
  void autoscalerScalesTheDeploymentOnCpuFromTwoReplicas() {
    JsonNode hpa = manifests.one("HorizontalPodAutoscaler");
    assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
    JsonNode target = hpa.path("spec").path("scaleTargetRef");
    assertEquals(List.of("apps/v1", "Deployment", deployment.path("metadata").path("name").asText()),
        List.of(target.path("apiVersion").asText(), target.path("kind").asText(), target.path("name").asText()));
    int min = hpa.path("spec").path("minReplicas").asInt(1);
    assertTrue(min >= 2 && min <= hpa.path("spec").path("maxReplicas").asInt(), "2 <= minReplicas <= maxReplicas");
    assertTrue(StreamSupport.stream(hpa.path("spec").path("metrics").spliterator(), false)
        .anyMatch(m -> m.path("resource").path("name").asText().equals("cpu")), "scales on CPU");
    assertFalse(container.path("resources").path("requests").path("cpu").isMissingNode(), "CPU utilization needs a CPU request");
  }

  @Test
  void disruptionBudgetKeepsOnePodAndSelectsThePods() {
    JsonNode pdb = manifests.one("PodDisruptionBudget");
    assertEquals(1, pdb.path("spec").path("minAvailable").asInt());
    assertTrue(selects(pdb.path("spec").path("selector").path("matchLabels"), pod));
    assertTrue(selects(deployment.path("spec").path("selector").path("matchLabels"), pod), "the Deployment selects its own pods");
  }

  @Test
  void secretCarriesTheKeysAndTheDeploymentReadsThem() {
    JsonNode secret = manifests.one("Secret");
    Set<String> keys = new TreeSet<>();
    secret.path("stringData").fieldNames().forEachRemaining(keys::add);
    secret.path("data").fieldNames().forEachRemaining(keys::add);
    assertEquals(new TreeSet<>(SECRET_KEYS), keys);
    String name = secret.path("metadata").path("name").asText();
    assertTrue(StreamSupport.stream(container.path("envFrom").spliterator(), false)
        .anyMatch(e -> e.path("secretRef").path("name").asText().equals(name)), "envFrom secretRef " + name);
  }

  @Test
  void configMapCarriesDockerVeilYamlVerbatimAndItLoads() {
    JsonNode configMap = manifests.one("ConfigMap");
    assertEquals(Repo.read("docker/veil.yaml"), configMap.path("data").path("veil.yaml").asText(),
        "docker/k8s/configmap.yaml must carry docker/veil.yaml verbatim; regenerate its data with: sed 's/^/    /; s/^    $//' docker/veil.yaml");
    String volumeName = StreamSupport.stream(pod.path("spec").path("volumes").spliterator(), false)
        .filter(v -> v.has("configMap")).findFirst().orElseThrow().path("name").asText();
    assertEquals(configMap.path("metadata").path("name").asText(),
        StreamSupport.stream(pod.path("spec").path("volumes").spliterator(), false)
            .filter(v -> v.path("name").asText().equals(volumeName)).findFirst().orElseThrow().path("configMap").path("name").asText());
    assertEquals("0.0.0.0", mountedConfig().admin().host(), "probes and Prometheus reach the admin port");
  }

  @Test
  void kustomizationAppliesEveryManifestButTheSecret() throws IOException {
    JsonNode kustomization = manifests.one("Kustomization");
    List<String> resources = new ArrayList<>();
    kustomization.path("resources").forEach(r -> resources.add(r.asText()));
    Set<String> files = new TreeSet<>();
    try (var list = Files.list(Repo.path(Manifests.DIR))) {
      list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).forEach(files::add);
    }
    Set<String> secretFiles = manifests.ofKind("Secret").stream().map(Doc::file).collect(Collectors.toSet());
    files.removeAll(secretFiles);
    assertEquals(files, new TreeSet<>(resources), "every manifest but the Secret (placeholders) is applied");
    assertEquals(resources.size(), new TreeSet<>(resources).size(), "no duplicates");
  }

  /** The configuration a pod runs with: the ConfigMap's veil.yaml, through Veil's own loader. */
  private VeilConfig mountedConfig() {
    String text = manifests.one("ConfigMap").path("data").path("veil.yaml").asText();
    try {
      Path file = Files.createTempFile("veil-configmap", ".yaml");
      try {
        Files.writeString(file, text);
        return new ConfigLoader(Map.of()).load(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean selects(JsonNode selector, JsonNode podTemplate) {
    JsonNode labels = podTemplate.path("metadata").path("labels");
    if (selector.isEmpty()) {
      return false;
    }
    for (var it = selector.fields(); it.hasNext(); ) {
      var label = it.next();
      if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
        return false;
      }
    }
    return true;
  }

  /** A copy of {@code node} with {@code value} (YAML; "-" removes) at {@code pointer}. */
  private static JsonNode mutate(JsonNode node, String pointer, String value) {
    JsonNode copy = node.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer.strip());
    JsonNode parent = copy.at(at.head());
    String key = at.last().getMatchingProperty();
    try {
      JsonNode replacement = value.strip().equals("-") ? null : Manifests.YAML.readTree(value.strip());
      if (parent instanceof ObjectNode object) {
        if (replacement == null) {
          object.remove(key);
        } else {
          object.set(key, replacement);
        }
      } else if (parent instanceof ArrayNode array) {
        int index = at.last().getMatchingIndex();
        if (replacement == null) {
          array.remove(index);
        } else {
          array.set(index, replacement);
        }
      } else {
        throw new AssertionError("no parent at " + pointer);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return copy;
  }
}
