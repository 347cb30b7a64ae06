#include "course/i18n.hpp"

#include <libintl.h>

#include <clocale>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace course::i18n {

namespace {
constexpr const char* catalogue = "asio-course";
language spoken_language = language::en;
}  // namespace

std::optional<language> parse(const std::string& name) {
  const std::string_view n = name;
  const auto is = [&](std::string_view code) {
    return n == code || (n.starts_with(code) &&
                         (n[code.size()] == '_' || n[code.size()] == '.' || n[code.size()] == '@'));
  };
  if (is("zh")) return language::zh;
  if (is("en") || n == "C" || is("C") || n == "POSIX") return language::en;
  return std::nullopt;
}

language from_environment() {
  for (const char* variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value == nullptr || *value == '\0') continue;
    // LANGUAGE is a list (zh_CN:en): its first language the course speaks.
    std::string_view list = value;
    while (!list.empty()) {
      const auto colon = list.find(':');
      const auto chosen = parse(std::string(list.substr(0, colon)));
      if (chosen) return *chosen;
      if (colon == std::string_view::npos) break;
      list.remove_prefix(colon + 1);
    }
    if (std::string_view(variable) != "LANGUAGE") return language::en;
  }
  return language::en;
}

void speak(language lang) {
  spoken_language = lang;
  ::setenv("LANGUAGE", lang == language::zh ? "zh_CN" : "en", 1);
  if (lang == language::en) return;
  // glibc's gettext translates nothing in the C locale. C.UTF-8 is on every Debian 12; the
  // catalogue is found through LANGUAGE, and handed out in UTF-8 whatever the locale's charset.
  if (std::setlocale(LC_MESSAGES, "C.UTF-8") == nullptr) std::setlocale(LC_MESSAGES, "");
  ::bindtextdomain(catalogue, COURSE_LOCALE_DIR);
  ::bind_textdomain_codeset(catalogue, "UTF-8");
}

language spoken() { return spoken_language; }

}  // namespace course::i18n

namespace course {

const char* tr(const char* message) {
  if (i18n::spoken() == i18n::language::en || *message == '\0') return message;
  return ::dgettext(i18n::catalogue, message);
}

std::string tr(const std::string& message) { return tr(message.c_str()); }

std::string format(const char* pattern, ...) {
  va_list args;
  va_start(args, pattern);
  va_list again;
  va_copy(again, args);
  const int n = std::vsnprintf(nullptr, 0, pattern, args);
  va_end(args);
  std::string out(n > 0 ? static_cast<std::size_t>(n) : 0, '\0');
  if (n > 0) std::vsnprintf(out.data(), out.size() + 1, pattern, again);
  va_end(again);
  return out;
}

}  // namespace course
