#include "course/cli.hpp"

#include "course/i18n.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <string_view>

namespace course::cli {

void speak_from_arguments(int argc, char** argv) {
  auto lang = i18n::from_environment();
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--") break;
    std::string value;
    if (word == "--lang" && i + 1 < argc) {
      value = argv[i + 1];
    } else if (word.starts_with("--lang=")) {
      value = word.substr(7);
    } else {
      continue;
    }
    if (const auto chosen = i18n::parse(value)) lang = *chosen;
  }
  i18n::speak(lang);
}

CLI::Option* add_lang(CLI::App& app, std::string& lang) {
  return app
      .add_option("--lang", lang,
                  tr("The language the course speaks: zh or en (default: from LANGUAGE, LC_ALL, "
                     "LC_MESSAGES or LANG)"))
      ->type_name("zh|en")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (i18n::parse(value)) return {};
            return format(tr("expected zh or en, got '%s'"), value.c_str());
          },
          ""));
}

void translate_help(CLI::App& app) {
  auto formatter = app.get_formatter();
  for (const char* label :
       {N_("Usage"), N_("OPTIONS"), N_("Options"), N_("Positionals"), N_("REQUIRED"),
        N_("Excludes"), N_("Needs"), N_("SUBCOMMAND"), N_("SUBCOMMANDS"), N_("Subcommands")}) {
    formatter->label(label, tr(label));
  }
  if (auto* help = app.get_help_ptr()) help->description(tr("Print this help message and exit"));
  // The group the options are listed under, for those there and those still to come.
  app.option_defaults()->group(tr("Options"));
  for (auto* option : app.get_options()) {
    if (option->get_group() == "Options") option->group(tr("Options"));
  }
}

namespace {
// Keeps a typed value printable in an error line: control characters and bytes that are not
// UTF-8 as \xNN, and at most `most` characters, then "...".
std::string shown(const std::string& value, std::size_t most = 60) {
  std::string out;
  std::size_t characters = 0;
  std::size_t i = 0;
  for (; i < value.size() && characters < most; ++characters) {
    const auto c = static_cast<unsigned char>(value[i]);
    const std::size_t length = c < 0x80         ? 1
                               : (c >> 5) == 6  ? 2
                               : (c >> 4) == 14 ? 3
                               : (c >> 3) == 30 ? 4
                                                : 0;
    bool valid = length > 0 && i + length <= value.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      valid = (static_cast<unsigned char>(value[i + k]) >> 6) == 2;
    }
    if (!valid || c < 0x20 || c == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
      out += escaped;
      ++i;
    } else {
      out += value.substr(i, length);
      i += length;
    }
  }
  return i < value.size() ? out + "..." : out;
}

// At most 2,000 bytes of a message go through a std::regex, whose matcher recurses a level a
// character (ten thousand stray arguments would overflow the stack).
std::string bounded(std::string message) {
  if (message.size() > 2000) message = message.substr(0, 2000) + "...";
  return message;
}

}  // namespace

std::string printable(const std::string& message) {
  // Word by word, so that no std::regex reads a long value: a word of over 80 characters (a
  // value, quoted or not) keeps its first 60.
  std::string out;
  std::size_t begin = 0;
  while (begin < message.size()) {
    auto end = message.find(' ', begin);
    if (end == std::string::npos) end = message.size();
    const auto word = message.substr(begin, end - begin);
    const auto characters = std::count_if(word.begin(), word.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    });
    out += shown(word, characters > 80 ? 60 : std::string::npos);
    if (end < message.size()) out += ' ';
    begin = end + 1;
  }
  return out;
}

std::string parse_error(const CLI::ParseError& e) {
  std::string raw = e.what();
  std::replace(raw.begin(), raw.end(), '\n', ' ');
  const std::string message = bounded(printable(raw));
  std::smatch m;
  static const std::regex extras("The following arguments? (?:was|were) not expected: (.*)");
  static const std::regex excludes("(\\S+) excludes (\\S+)");
  static const std::regex missing("(\\S+): \\d+ required \\S+ missing");
  static const std::regex required("(.+) is required");
  static const std::regex not_in("(\\S+): (.*) not in \\{(.*)\\}");
  if (std::regex_match(message, m, extras)) {
    return format(tr("unexpected argument: %s"), shown(m[1]).c_str());
  }
  if (std::regex_match(message, m, excludes)) {
    return format(tr("%s cannot be given with %s"), m[1].str().c_str(), m[2].str().c_str());
  }
  if (std::regex_match(message, m, missing)) {
    return format(tr("%s needs a value"), m[1].str().c_str());
  }
  if (message == "A subcommand is required") return tr("a command is required");
  if (std::regex_match(message, m, required)) {
    return format(tr("%s is required"), m[1].str().c_str());
  }
  if (std::regex_match(message, m, not_in)) {
    return format(tr("%s: no '%s' (one of: %s)"), m[1].str().c_str(), m[2].str().c_str(),
                  m[3].str().c_str());
  }
  return message;
}

const CLI::Validator a_value(
    [](std::string& value) -> std::string {
      if (value.empty()) return tr("expected a value, got an empty one");
      if (value.size() > 1 && value[0] == '-' &&
          std::isdigit(static_cast<unsigned char>(value[1])) == 0 && value[1] != '.') {
        return format(tr("expected a value, got the option '%s'"), shown(value).c_str());
      }
      return {};
    },
    "");

}  // namespace course::cli
