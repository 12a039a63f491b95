package dev.veil.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import dev.veil.ship.ParsedDockerfile.Copy;
import dev.veil.ship.ParsedDockerfile.Stage;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * docker/Dockerfile builds what it says: every COPY source exists and reaches the build, the jar
 * it copies out of the build stage is the one {@code package} makes, it runs as a fixed non-root
 * uid, exposes both ports, checks health, starts through docker/jvm.options, and bakes in a
 * config that loads. No Docker engine is needed.
 */
class DockerfileTest {
  private static final String CONTAINER_CONFIG = "/etc/veil/veil.yaml";

  private final ParsedDockerfile dockerfile = ParsedDockerfile.parse(Repo.read("docker/Dockerfile"));
  private final Stage image = dockerfile.last();

  @Test
  void everyContextCopyExistsAndIsNotDockerignored() {
    DockerIgnore ignore = DockerIgnore.parse(Repo.read(".dockerignore"));
    List<String> problems = new ArrayList<>();
    for (Stage stage : dockerfile.stages()) {
      for (Copy copy : ParsedDockerfile.copies(stage)) {
        if (copy.from() != null) {
          continue;
        }
        for (String source : copy.sources()) {
          if (!Files.exists(Repo.path(source))) {
            problems.add("line " + copy.line() + ": " + source + " does not exist");
          } else if (!ignore.sends(source)) {
            problems.add("line " + copy.line() + ": " + source + " is excluded by .dockerignore");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyMavenBuildInputReachesTheBuildContext() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse(Repo.read(".dockerignore"));
    List<String> inputs = new ArrayList<>(List.of("pom.xml"));
    // every resource directory the pom packages (config/ holds the embedded default veil.yaml)
    NodeList directories = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Repo.path("pom.xml").toFile())
        .getElementsByTagName("directory");
    for (int i = 0; i < directories.getLength(); i++) {
      Path dir = Repo.path(directories.item(i).getTextContent().trim());
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(Files::isRegularFile).map(p -> Repo.ROOT.relativize(p).toString().replace('\\', '/')).forEach(inputs::add);
        }
      }
    }
    try (Stream<Path> main = Files.walk(Repo.path("src/main"))) {
      main.filter(Files::isRegularFile).map(p -> Repo.ROOT.relativize(p).toString().replace('\\', '/')).forEach(inputs::add);
    }
    assertEquals(List.of(), inputs.stream().filter(p -> !ignore.sends(p)).toList());
    // and the look-alikes stay out: build output, git metadata, local env files
    for (String outside : List.of("target/veil.jar", ".git/HEAD", "docker/.env", "src/test/java/X.java")) {
      assertFalse(ignore.sends(outside), outside);
    }
  }

  /**
   * The jar is made in the build stage, so it cannot be checked as a file here: tests run in the
   * {@code test} phase, before {@code package} writes target/veil.jar. Instead the COPY path is
   * checked against what the pom says {@code package} produces: {@code target/<finalName>.jar},
   * replaced in place by the shade plugin (no attached or renamed shaded artifact), with main
   * class dev.veil.Veil. The build stage must run {@code package} from the directory it COPYs
   * the pom to.
   */
  @Test
  void theJarCopiedFromTheBuildStageIsTheOnePackageMakes() throws Exception {
    Copy jar = ParsedDockerfile.copies(image).stream().filter(c -> c.from() != null).findFirst()
        .orElseThrow(() -> new AssertionError("the image copies nothing from a build stage"));
    Stage build = dockerfile.stage(jar.from()).orElseThrow(() -> new AssertionError("no stage named " + jar.from()));
    assertTrue(build.all("RUN").stream().anyMatch(r -> r.args().matches(".*\\bmvn\\b.*\\bpackage\\b.*")), "build stage runs mvn package");
    assertTrue(ParsedDockerfile.copies(build).stream().anyMatch(c -> c.sources().contains("pom.xml")), "build stage copies pom.xml");

    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Repo.path("pom.xml").toFile());
    Element buildSection = child(pom.getDocumentElement(), "build").orElseThrow();
    String finalName = child(buildSection, "finalName").map(Node::getTextContent).orElseThrow(() -> new AssertionError("pom has no build/finalName"));
    String packaging = child(pom.getDocumentElement(), "packaging").map(Node::getTextContent).orElse("jar");
    assertEquals("jar", packaging);
    assertEquals(List.of(build.workdir() + "/target/" + finalName + ".jar"), jar.sources());

    Element shade = plugin(buildSection, "maven-shade-plugin").orElseThrow(() -> new AssertionError("no shade plugin: the jar would lack its dependencies"));
    for (String renaming : List.of("shadedArtifactAttached", "outputFile", "finalName", "outputDirectory")) {
      assertEquals(0, shade.getElementsByTagName(renaming).getLength(), "shade config sets " + renaming + ": the jar would not be target/" + finalName + ".jar");
    }
    NodeList mains = shade.getElementsByTagName("mainClass");
    assertTrue(mains.getLength() > 0 && "dev.veil.Veil".equals(mains.item(0).getTextContent().trim()), "shaded manifest names dev.veil.Veil");

    List<String> entrypoint = entrypoint();
    int dashJar = entrypoint.indexOf("-jar");
    assertTrue(dashJar > 0 && dashJar + 1 < entrypoint.size(), "ENTRYPOINT runs -jar");
    assertEquals(jar.destination(), entrypoint.get(dashJar + 1), "ENTRYPOINT runs the copied jar");
  }

  @Test
  void runsAsAFixedNumericNonRootUser() {
    String user = image.last("USER").orElseThrow(() -> new AssertionError("no USER: the image would run as root")).args();
    // numeric, so Kubernetes' runAsNonRoot can verify it without /etc/passwd
    assertTrue(user.matches("\\d+(:\\d+)?"), "USER " + user + " is numeric uid[:gid]");
    assertNotEquals(0, Integer.parseInt(user.split(":")[0]), "USER is not root");
    int userLine = image.last("USER").orElseThrow().line();
    assertTrue(image.all("RUN").stream().allMatch(r -> r.line() < userLine), "no RUN after USER needs root");
  }

  @Test
  void exposesTheApiAndAdminPortsOfTheBakedConfig() {
    VeilConfig config = bakedConfig(Map.of());
    List<String> exposed = image.all("EXPOSE").stream().flatMap(e -> Stream.of(e.args().split("\\s+"))).toList();
    assertTrue(exposed.contains("8080") && exposed.contains("9090"), "EXPOSE " + exposed);
    assertEquals(8080, config.server().port());
    assertEquals(9090, config.admin().port());
  }

  @Test
  void healthCheckAsksTheAdminPortWithAToolTheBaseImageHas() {
    String check = image.last("HEALTHCHECK").orElseThrow(() -> new AssertionError("no HEALTHCHECK")).args();
    assertFalse(check.equalsIgnoreCase("NONE"));
    assertTrue(check.contains("--timeout="), "a bounded check");
    assertTrue(check.contains("http://127.0.0.1:" + bakedConfig(Map.of()).admin().port() + "/healthz"), check);
    if (check.contains("wget")) {
      assertTrue(image.base().contains("alpine"), "busybox wget comes with the alpine base, not " + image.base());
    }
  }

  @Test
  void entrypointIsExecFormJavaWithTheJvmOptionsFile() {
    List<String> entrypoint = entrypoint();
    assertEquals("java", entrypoint.get(0));
    String argfile = entrypoint.stream().filter(a -> a.startsWith("@")).findFirst()
        .orElseThrow(() -> new AssertionError("ENTRYPOINT has no @argfile")).substring(1);
    assertEquals(Optional.of("docker/jvm.options"), sourceOf(argfile));
    assertTrue(image.all("CMD").isEmpty(), "no CMD: arguments would reach Veil's main");
  }

  @Test
  void jvmOptionsSizeTheHeapToTheContainerAndTheLocalJvmAcceptsThem() throws Exception {
    List<String> flags = Repo.read("docker/jvm.options").lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertTrue(flags.contains("-XX:MaxRAMPercentage=75"), flags.toString());
    assertTrue(flags.contains("-XX:+ExitOnOutOfMemoryError"), flags.toString());
    assertTrue(flags.stream().allMatch(f -> f.startsWith("-")), "flags only: " + flags);
    assertFalse(flags.stream().anyMatch(f -> f.contains("HeapDumpOnOutOfMemoryError") && f.startsWith("-XX:+")), "no heap dumps: they hold request content");

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "@" + Repo.path("docker/jvm.options"), "-version")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("java -version did not finish");
    }
    assertEquals(0, p.exitValue(), "java @docker/jvm.options -version");
  }

  @Test
  void bakesDockerVeilYamlWhereVeilConfigPoints() {
    String env = image.all("ENV").stream().map(e -> e.args()).filter(a -> a.startsWith("VEIL_CONFIG")).findFirst()
        .orElseThrow(() -> new AssertionError("no ENV VEIL_CONFIG"));
    assertEquals("VEIL_CONFIG=" + CONTAINER_CONFIG, env);
    assertEquals(Optional.of("docker/veil.yaml"), sourceOf(CONTAINER_CONFIG));
  }

  @Test
  void bakedConfigParsesAndOpensTheAdminPortToTheContainerNetwork() {
    VeilConfig config = bakedConfig(Map.of());
    assertTrue(config.admin().enabled());
    assertEquals("0.0.0.0", config.admin().host());
    assertEquals("0.0.0.0", config.server().host());
    // docker/smoke.sh runs the same file bound to loopback
    VeilConfig smoke = bakedConfig(Map.of("VEIL_HOST", "127.0.0.1", "VEIL_ADMIN_HOST", "127.0.0.1"));
    assertEquals("127.0.0.1", smoke.admin().host());
    assertEquals("127.0.0.1", smoke.server().host());
  }

  /**
   * Compared key by key through the records, so a section or key added to VeilConfig later is
   * covered too. A blank string and an absent one count as equal: both mean "unset" (e.g.
   * server.tls.cert_file is "" in config/veil.yaml and null when the key is left out).
   */
  @Test
  void bakedConfigEqualsTheDefaultConfigApartFromListenAddresses() throws Exception {
    VeilConfig baked = bakedConfig(Map.of());
    VeilConfig defaults = new ConfigLoader(Map.of()).load(Repo.path("config/veil.yaml"));
    List<String> differences = new ArrayList<>();
    compare("", defaults, baked, differences);
    differences.removeAll(List.of("admin.host", "server.host"));
    assertEquals(List.of(), differences, "docker/veil.yaml must load to config/veil.yaml's configuration apart from listen addresses");
  }

  private static void compare(String path, Object theirs, Object mine, List<String> differences) throws Exception {
    if (theirs != null && mine != null && theirs.getClass().isRecord() && theirs.getClass() == mine.getClass()) {
      for (RecordComponent key : theirs.getClass().getRecordComponents()) {
        String child = path.isEmpty() ? snake(key.getName()) : path + "." + snake(key.getName());
        compare(child, key.getAccessor().invoke(theirs), key.getAccessor().invoke(mine), differences);
      }
    } else if (!Objects.equals(blankIsNull(theirs), blankIsNull(mine))) {
      differences.add(path);
    }
  }

  private static Object blankIsNull(Object value) {
    return value instanceof String s && s.isBlank() ? null : value;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void smokeScriptRunsTheImagesEntrypointWithRepoPaths() throws Exception {
    Process p = new ProcessBuilder("bash", Repo.path("docker/smoke.sh").toString(), "--print")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertEquals(List.of("env: VEIL_CONFIG=docker/veil.yaml", "cmd: java @docker/jvm.options -jar target/veil.jar"), out.lines().toList());
  }

  private List<String> entrypoint() {
    var instruction = image.last("ENTRYPOINT").orElseThrow(() -> new AssertionError("no ENTRYPOINT"));
    // exec form: the JVM is PID 1 and gets SIGTERM; shell form would leave it to /bin/sh
    return ParsedDockerfile.execForm(instruction.args(), instruction.line());
  }

  /** The build-context file the image COPYs to {@code imagePath}. */
  private Optional<String> sourceOf(String imagePath) {
    return ParsedDockerfile.copies(image).stream()
        .filter(c -> c.from() == null && c.sources().size() == 1)
        .filter(c -> c.destination().equals(imagePath)
            || (c.destination().endsWith("/") && imagePath.equals(c.destination() + Path.of(c.sources().get(0)).getFileName())))
        .map(c -> c.sources().get(0)).findFirst();
  }

  private static VeilConfig bakedConfig(Map<String, String> env) {
    return new ConfigLoader(env).load(Repo.path("docker/veil.yaml"));
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<Element> plugin(Element build, String artifactId) {
    NodeList plugins = build.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if (child(plugin, "artifactId").map(a -> a.getTextContent().trim().equals(artifactId)).orElse(false)
          && plugin.getParentNode().getParentNode() == build) {
        return Optional.of(plugin);
      }
    }
    return Optional.empty();
  }
}
