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

enum class colour { green, red, yellow, dim };
// Whether `fd` is a terminal that takes escape sequences (not TERM=dumb): where a progress line
// may be rewritten in place.
bool escapes_for(int fd);
// Whether to colour what goes to `fd`: escapes_for(fd), and NO_COLOR unset or empty.
bool colours_for(int fd);
// s in colour when `on`.
std::string paint(const std::string& s, colour c, bool on);

// "erratum: TEXT" wrapped to `columns` (continuation lines indented by two), the label in
// colour when `on`. A full-width colon (勘误：) has its own space.
std::string labelled(const std::string& label, const std::string& s, std::size_t columns, colour c,
                     bool on);

}  // namespace course::text
