package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Credentials in the userinfo of a URL or connection string ({@code scheme://user:pass@host}):
 * the password is covered; a userinfo without a password is covered only when it looks like a
 * token (20+ chars of letters and digits, as in {@code https://ghp_...@github.com}). Database
 * and broker schemes give {@code SECRET}, other schemes {@code URL_CREDENTIALS}; both score
 * {@link Scores#VALIDATED} (the URL syntax is the proof).
 */
final class UrlCredentialRule implements TextRule {
  private static final Set<String> DATABASE_SCHEMES = Set.of("postgres", "postgresql", "mysql",
      "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps", "mssql",
      "sqlserver", "oracle", "clickhouse", "cockroachdb", "couchdb", "neo4j", "neo4j+s", "bolt",
      "cassandra", "memcached", "nats", "kafka", "ldap", "ldaps", "smtp", "smtps", "imap", "imaps",
      "ftp", "sftp", "ssh", "snowflake", "jdbc");
  private static final int MAX_AUTHORITY = 512;
  private static final Literal SEPARATOR = new Literal("://", ':');

  @Override
  public void find(String text, List<Span> out) {
    int at = SEPARATOR.indexIn(text, 0);
    while (at >= 0) {
      match(text, at, out);
      at = SEPARATOR.indexIn(text, at + 3);
    }
  }

  private static void match(String text, int colon, List<Span> out) {
    int s = colon;
    while (s > 0 && (Glue.isAsciiAlnum(text.charAt(s - 1)) || "+.-".indexOf(text.charAt(s - 1)) >= 0)) {
      s--;
    }
    if (s == colon) {
      return;
    }
    String scheme = text.substring(s, colon).toLowerCase(Locale.ROOT);
    int from = colon + 3;
    int limit = from;
    int pathStart = -1;
    while (limit < text.length() && limit - from < MAX_AUTHORITY) {
      char c = text.charAt(limit);
      if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`') {
        break;
      }
      if (pathStart < 0 && (c == '/' || c == '?' || c == '#')) {
        pathStart = limit;
      }
      limit++;
    }
    int authorityEnd = pathStart < 0 ? limit : pathStart;
    int atSign = text.lastIndexOf('@', authorityEnd - 1);
    if (atSign < from) {
      return;
    }
    int userEnd = text.indexOf(':', from);
    String entity = DATABASE_SCHEMES.contains(scheme) || scheme.startsWith("jdbc")
        ? Entities.SECRET : Entities.URL_CREDENTIALS;
    if (userEnd >= 0 && userEnd < atSign) {
      if (atSign - userEnd - 1 >= 1 && !text.startsWith("${", userEnd + 1)) {
        out.add(new Span(entity, userEnd + 1, atSign, Scores.VALIDATED, "url-userinfo"));
      }
    } else if (atSign - from >= 20 && tokenLike(text, from, atSign)) {
      out.add(new Span(entity, from, atSign, Scores.VALIDATED, "url-userinfo"));
    }
  }

  private static boolean tokenLike(String text, int from, int to) {
    boolean letter = false;
    boolean digit = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(Glue.isAsciiAlnum(c) || c == '_' || c == '-')) {
        return false;
      }
      letter |= Character.isLetter(c);
      digit |= Glue.isDigit(c);
    }
    return letter && digit;
  }
}
