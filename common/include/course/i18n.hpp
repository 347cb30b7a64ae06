// The companion's voice in the reader's language: English, or Simplified Chinese from the gettext
// catalogue po/zh_CN.po, which the build compiles into the build tree (locale/). The transcript,
// the Python's own lines, is never translated: only what the course says about it.
//
// The language is --lang zh|en when given, else the first of LANGUAGE, LC_ALL, LC_MESSAGES and
// LANG that is set, as gettext reads them. One difference from gettext: LANGUAGE counts even
// when no locale is set, because a fresh Debian has no zh_CN locale to set (only C.UTF-8), and
// the catalogue needs none: its text is UTF-8 whatever the locale.
#pragma once

#include <optional>
#include <string>

namespace course::i18n {

enum class language { en, zh };

// "zh" or "en" (also zh_CN, zh_CN.UTF-8, en_US ...); nullopt for anything else.
std::optional<language> parse(const std::string& name);
// The language the environment asks for; English when it names neither.
language from_environment();
// Speak `lang` from now on. Processes started later inherit it (through LANGUAGE), so a lesson
// run by the runner speaks the runner's language.
void speak(language lang);
language spoken();

}  // namespace course::i18n

namespace course {

// The message in the language spoken. Its English text is the key: xgettext collects the
// literals given to tr() (and marked N_() where a table holds them) into po/asio-course.pot.
[[gnu::format_arg(1)]] const char* tr(const char* message);
std::string tr(const std::string& message);

// printf into a std::string: format(tr("%d of %d"), a, b).
[[gnu::format(printf, 1, 2)]] std::string format(const char* pattern, ...);

}  // namespace course

// Marks a literal for translation where it is stored, not said: tr() says it later.
#define N_(text) text
