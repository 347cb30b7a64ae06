// Text for a terminal: its width in columns (CJK characters take two), lines wrapped to fit,
// and colour where the reader's terminal shows it.
#pragma once

#include <cstddef>
#include <string>

namespace course::text {

// Columns s takes in a terminal: East Asian wide characters take two.
std::size_t display_width(const std::string& s);
// s and spaces to `width` columns (at least one space).
std::string pad(const std::string& s, std::size_t width);

// The most columns the course fills, however wide COLUMNS says the terminal is.
inline constexpr std::size_t max_columns = 400;
// The width of the terminal `fd` writes to: COLUMNS when set, else the terminal's own; 0 when
// neither says (a pipe or a file: do not wrap). Never over max_columns.
std::size_t columns_of(int fd);

// s broken into lines of at most `width` columns, at spaces, or between two CJK characters; every
// line after the first starts with `indent` spaces; the first continues a line that already has
// `first` columns. A word longer than a line stays whole. A width of 0 leaves s on one line.
std::string wrap(const std::string& s, std::size_t width, std::size_t indent = 0,
                 std::size_t first = 0);

// What follows a label before its text: a space, or nothing after a full-width colon (勘误：),
// which has its own.
std::string label_gap(const std::string& label);

enum class colour { green, red, yellow, dim };
// Whether to colour what goes to `fd`: a terminal, TERM not dumb, NO_COLOR unset or empty.
bool colours_for(int fd);
// s in colour when `on`.
std::string paint(const std::string& s, colour c, bool on);

}  // namespace course::text
