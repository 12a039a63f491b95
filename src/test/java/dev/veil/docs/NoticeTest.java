package dev.veil.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The root NOTICE carries Veil's own notice and, word for word, the notice of the data the jar ships. */
class NoticeTest {
  @Test
  void carriesTheNameDataNoticeAsItIs() {
    String notice = Markdown.text("NOTICE");
    String data = Markdown.text("src/main/resources/dev/veil/detect/names/NOTICE.txt");
    assertTrue(notice.contains(data.strip()), "NOTICE must contain names/NOTICE.txt unchanged");
  }

  @Test
  void namesTheLicence() {
    String notice = Markdown.text("NOTICE");
    assertTrue(notice.startsWith("Veil\n"));
    assertTrue(notice.contains("Apache License, Version 2.0"));
  }
}
