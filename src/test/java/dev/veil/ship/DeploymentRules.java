package dev.veil.ship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.veil.config.VeilConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * What Veil's Deployment must hold beyond the API schema: at least two replicas, probes on the
 * admin port, resources, a locked-down security context, a termination grace that covers the
 * preStop pause plus {@code server.shutdown_grace}, the config mounted so reloads reach it, and
 * an in-memory /tmp. {@link #problems} lists every rule broken, one line each.
 */
final class DeploymentRules {
  static final String CONFIG_DIR = "/etc/veil";

  private DeploymentRules() {}

  static List<String> problems(JsonNode deployment, VeilConfig config) {
    List<String> problems = new ArrayList<>();
    JsonNode spec = deployment.path("spec");
    if (spec.path("replicas").asInt(1) < 2) {
      problems.add("replicas: at least 2, so one pod can restart while another serves");
    }
    JsonNode pod = spec.path("template").path("spec");
    JsonNode containers = pod.path("containers");
    if (containers.size() != 1) {
      problems.add("containers: exactly one (veil)");
      return problems;
    }
    JsonNode c = containers.get(0);
    ports(c, config, problems);
    probe(c, "readinessProbe", "/readyz", config, problems);
    probe(c, "livenessProbe", "/healthz", config, problems);
    for (String kind : List.of("requests", "limits")) {
      for (String resource : List.of("cpu", "memory")) {
        if (c.path("resources").path(kind).path(resource).asText().isEmpty()) {
          problems.add("resources." + kind + "." + resource + ": required");
        }
      }
    }
    security(pod, c, problems);
    grace(pod, c, config, problems);
    mounts(pod, c, problems);
    if (pod.path("automountServiceAccountToken").asBoolean(true)) {
      problems.add("automountServiceAccountToken: false, Veil does not call the Kubernetes API");
    }
    return problems;
  }

  private static void ports(JsonNode c, VeilConfig config, List<String> problems) {
    if (containerPort(c, "http") != config.server().port()) {
      problems.add("ports: 'http' must be server.port " + config.server().port());
    }
    if (containerPort(c, "admin") != config.admin().port()) {
      problems.add("ports: 'admin' must be admin.port " + config.admin().port());
    }
  }

  private static void probe(JsonNode c, String name, String path, VeilConfig config, List<String> problems) {
    JsonNode get = c.path(name).path("httpGet");
    if (get.isMissingNode()) {
      problems.add(name + ": an httpGet probe is required");
      return;
    }
    if (!path.equals(get.path("path").asText())) {
      problems.add(name + ": path must be " + path);
    }
    JsonNode port = get.path("port");
    int number = port.isInt() ? port.asInt() : containerPort(c, port.asText());
    if (number != config.admin().port()) {
      problems.add(name + ": must use the admin port " + config.admin().port());
    }
  }

  private static void security(JsonNode pod, JsonNode c, List<String> problems) {
    JsonNode podSc = pod.path("securityContext");
    JsonNode sc = c.path("securityContext");
    if (!sc.path("runAsNonRoot").asBoolean(podSc.path("runAsNonRoot").asBoolean(false))) {
      problems.add("securityContext.runAsNonRoot: true");
    }
    if (sc.path("runAsUser").asInt(podSc.path("runAsUser").asInt(-1)) == 0) {
      problems.add("securityContext.runAsUser: not 0");
    }
    if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
      problems.add("securityContext.readOnlyRootFilesystem: true");
    }
    if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
      problems.add("securityContext.allowPrivilegeEscalation: false");
    }
    if (sc.path("privileged").asBoolean(false)) {
      problems.add("securityContext.privileged: false");
    }
    boolean dropsAll = false;
    for (JsonNode cap : sc.path("capabilities").path("drop")) {
      dropsAll |= cap.asText().equals("ALL");
    }
    if (!dropsAll || sc.path("capabilities").path("add").size() > 0) {
      problems.add("securityContext.capabilities: drop ALL, add none");
    }
    String seccomp = sc.path("seccompProfile").path("type").asText(podSc.path("seccompProfile").path("type").asText());
    if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
      problems.add("securityContext.seccompProfile.type: RuntimeDefault");
    }
  }

  private static void grace(JsonNode pod, JsonNode c, VeilConfig config, List<String> problems) {
    JsonNode preStop = c.path("lifecycle").path("preStop");
    long pause = -1;
    if (preStop.has("sleep")) {
      pause = preStop.path("sleep").path("seconds").asLong(-1);
    } else {
      JsonNode command = preStop.path("exec").path("command");
      if (command.size() == 2 && command.get(0).asText().equals("sleep") && command.get(1).asText().matches("\\d{1,6}")) {
        pause = Long.parseLong(command.get(1).asText());
      }
    }
    if (pause <= 0) {
      problems.add("lifecycle.preStop: a sleep, so the endpoint is removed before SIGTERM");
      pause = 0;
    }
    long grace = pod.path("terminationGracePeriodSeconds").asLong(30);
    long needed = pause + config.server().shutdownGrace().toSeconds();
    if (grace <= needed) {
      problems.add("terminationGracePeriodSeconds: must exceed preStop " + pause + "s + server.shutdown_grace "
          + config.server().shutdownGrace().toSeconds() + "s");
    }
  }

  private static void mounts(JsonNode pod, JsonNode c, List<String> problems) {
    JsonNode configMount = mount(c, CONFIG_DIR);
    JsonNode configVolume = volume(pod, configMount.path("name").asText());
    if (!configVolume.has("configMap")) {
      problems.add("volumeMounts: " + CONFIG_DIR + " must be a ConfigMap volume");
    }
    if (configMount.has("subPath")) {
      problems.add("volumeMounts: " + CONFIG_DIR + " without subPath, or ConfigMap updates never arrive");
    }
    for (JsonNode env : c.path("env")) {
      if (env.path("name").asText().equals("VEIL_CONFIG") && !env.path("value").asText().startsWith(CONFIG_DIR + "/")) {
        problems.add("env VEIL_CONFIG: must be a file under " + CONFIG_DIR);
      }
    }
    if (!volume(pod, mount(c, "/tmp").path("name").asText()).has("emptyDir")) {
      problems.add("volumeMounts: /tmp must be an emptyDir (the root filesystem is read-only)");
    }
  }

  static int containerPort(JsonNode container, String name) {
    for (JsonNode port : container.path("ports")) {
      if (port.path("name").asText().equals(name)) {
        return port.path("containerPort").asInt(-1);
      }
    }
    return -1;
  }

  private static JsonNode mount(JsonNode container, String path) {
    for (JsonNode m : container.path("volumeMounts")) {
      if (m.path("mountPath").asText().equals(path)) {
        return m;
      }
    }
    return MissingNode.getInstance();
  }

  private static JsonNode volume(JsonNode pod, String name) {
    for (JsonNode v : pod.path("volumes")) {
      if (v.path("name").asText().equals(name)) {
        return v;
      }
    }
    return MissingNode.getInstance();
  }
}
