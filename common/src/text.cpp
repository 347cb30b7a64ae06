#include "course/text.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace course::text {

namespace {

// The code point starting at s[i], and how many bytes it takes.
std::pair<unsigned, std::size_t> decode(const std::string& s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  unsigned code = length == 1 ? c : c & (0x3Fu >> (length - 1));
  for (std::size_t k = 1; k < length && i + k < s.size(); ++k) {
    code = (code << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  }
  return {code, std::min(length, s.size() - i)};
}

bool is_wide(unsigned code) {
  return (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) ||
         (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
         (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
         (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x20000 && code <= 0x3FFFD);
}

}  // namespace

std::size_t display_width(const std::string& s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto [code, length] = decode(s, i);
    width += is_wide(code) ? 2u : 1u;
    i += length;
  }
  return width;
}

std::string pad(const std::string& s, std::size_t width) {
  const auto w = display_width(s);
  return s + std::string(w < width ? width - w : 1, ' ');
}

std::size_t columns_of(int fd) {
  if (const char* env = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long n = std::strtol(env, &end, 10);
    if (end != env && *end == '\0' && n > 0) {
      return static_cast<std::size_t>(std::min<long>(n, max_columns));
    }
  }
  winsize size{};
  if (::isatty(fd) != 0 && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return std::min<std::size_t>(size.ws_col, max_columns);
  }
  return 0;
}

std::string wrap(const std::string& s, std::size_t width, std::size_t indent, std::size_t first) {
  if (width == 0 || first + display_width(s) <= width) return s;
  indent = std::min(indent, width > 20 ? width - 20 : width / 2);
  // Pieces a line may end after: a word with the spaces after it, or one wide character.
  struct piece {
    std::string text;
    std::size_t columns;
    bool space_after;
  };
  std::vector<piece> pieces;
  std::string word;
  std::size_t word_columns = 0;
  // A word longer than a whole line breaks after its punctuation (timer. async_wait( ...).
  const std::size_t longest = width - indent;
  const auto end_word = [&](bool space) {
    if (word_columns > longest) {
      std::size_t from = 0;
      for (std::size_t i = 0; i < word.size(); ++i) {
        if (std::strchr(".(,:/", word[i]) != nullptr && i + 1 < word.size()) {
          auto part = word.substr(from, i + 1 - from);
          const auto columns = display_width(part);
          pieces.push_back({std::move(part), columns, false});
          from = i + 1;
        }
      }
      word.erase(0, from);
      word_columns = display_width(word);
    }
    if (!word.empty() || space) pieces.push_back({word, word_columns, space});
    word.clear();
    word_columns = 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    const auto [code, length] = decode(s, i);
    if (code == ' ') {
      end_word(true);
    } else if (is_wide(code)) {
      end_word(false);
      pieces.push_back({s.substr(i, length), 2, false});
    } else {
      word += s.substr(i, length);
      ++word_columns;
    }
    i += length;
  }
  end_word(false);

  std::string out;
  std::size_t used = first;
  bool pending_space = false;
  bool line_empty = true;
  for (const auto& p : pieces) {
    const std::size_t gap = pending_space && !line_empty ? 1 : 0;
    if (!line_empty && used + gap + p.columns > width) {
      out += "\n" + std::string(indent, ' ');
      used = indent;
      line_empty = true;
    } else if (gap > 0) {
      out += ' ';
      used += 1;
    }
    out += p.text;
    used += p.columns;
    line_empty = line_empty && p.text.empty();
    pending_space = p.space_after;
  }
  return out;
}

std::string labelled(const std::string& label, const std::string& s, std::size_t columns, colour c,
                     bool on) {
  const std::string gap = label.ends_with("\uff1a") ? "" : " ";
  const auto body = wrap(label + gap + s, columns, 2);
  return paint(label, c, on) + body.substr(label.size());
}

bool escapes_for(int fd) {
  const char* term = std::getenv("TERM");
  return ::isatty(fd) != 0 && (term == nullptr || std::strcmp(term, "dumb") != 0);
}

bool colours_for(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  return escapes_for(fd) && (no_color == nullptr || *no_color == '\0');
}

std::string paint(const std::string& s, colour c, bool on) {
  if (!on) return s;
  const char* code = c == colour::green    ? "32"
                     : c == colour::red    ? "1;31"
                     : c == colour::yellow ? "33"
                                           : "2";
  return std::string("\033[") + code + "m" + s + "\033[0m";
}

}  // namespace course::text
