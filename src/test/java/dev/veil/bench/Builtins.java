package dev.veil.bench;

import dev.veil.detect.Detector;
import dev.veil.detect.builtin.BuiltinDetectors;
import dev.veil.detect.builtin.BuiltinOptions;
import dev.veil.detect.names.NameDetectors;
import java.util.ArrayList;
import java.util.List;

/** The detectors Veil runs by default (the same list as VeilApp.pipeline). */
final class Builtins {
  static List<Detector> all() {
    List<Detector> all = new ArrayList<>(BuiltinDetectors.all(BuiltinOptions.defaults()));
    all.addAll(NameDetectors.all());
    return all;
  }

  private Builtins() {}
}
