#include "show.hpp"

#include "lessons.hpp"

#include <course/i18n.hpp>
#include <course/lesson.hpp>
#include <course/text.hpp>

#include <boost/json/src.hpp>  // header-only Boost.JSON: the lessons' --describe lines

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace runner {

using course::format;
using course::tr;

namespace {

namespace json = boost::json;

std::vector<std::string> read_lines(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    for (std::size_t tab; (tab = line.find('\t')) != std::string::npos;) {
      line.replace(tab, 1, "    ");
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// A program's translation in its lesson's .cpp: the namespace (or function) its descriptor runs,
// with the comment just above it. first is 0-based; empty when it cannot be found.
struct excerpt {
  std::size_t first = 0;
  std::vector<std::string> lines;
};

excerpt translation(const std::vector<std::string>& source, const std::string& variant) {
  // The descriptor (.variant = "V") ends the program's namespace: the excerpt is that namespace,
  // with the comment above it. A program that is a function (.run = F) has its descriptor after
  // it: the excerpt runs from F's comment to the descriptor's end.
  std::optional<std::size_t> descriptor;
  for (std::size_t i = 0; i < source.size() && !descriptor; ++i) {
    if (source[i].find(".variant = \"" + variant + "\"") != std::string::npos) descriptor = i;
  }
  if (!descriptor) return {};
  std::optional<std::size_t> start;
  std::string end_line;
  const std::regex namespace_line(R"(^namespace ([A-Za-z_0-9]+) \{$)");
  for (std::size_t i = *descriptor + 1; i-- > 0 && !start;) {
    std::smatch m;
    if (source[i].starts_with("}  // namespace ")) break;  // outside any program's namespace
    if (std::regex_match(source[i], m, namespace_line)) {
      start = i;
      end_line = "}  // namespace " + m[1].str();
    }
  }
  if (!start) {
    // A function: from the line that defines the function the descriptor runs.
    const std::regex run_field(R"(\.run = ([A-Za-z_0-9]+))");
    std::string function;
    for (std::size_t i = *descriptor; i < source.size() && function.empty(); ++i) {
      std::smatch m;
      if (std::regex_search(source[i], m, run_field)) function = m[1];
    }
    for (std::size_t i = 0; i < *descriptor && !start; ++i) {
      if (source[i].starts_with("void " + function + "(")) start = i;
    }
    if (!start) return {};
    end_line = "";  // to the descriptor's end: the line that ends with "};"
  }
  std::size_t first = *start;
  while (first > 0 && source[first - 1].starts_with("//")) --first;
  std::size_t last = end_line.empty() ? *descriptor : *start;
  while (last + 1 < source.size() &&
         (end_line.empty() ? !source[last].ends_with("};") : source[last] != end_line)) {
    ++last;
  }
  return {first,
          {source.begin() + static_cast<std::ptrdiff_t>(first),
           source.begin() + static_cast<std::ptrdiff_t>(last) + 1}};
}

std::vector<std::string> numbered(const std::vector<std::string>& lines, std::size_t first) {
  std::vector<std::string> out;
  const auto digits = std::to_string(first + lines.size()).size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string n = std::to_string(first + i + 1);
    out.push_back(std::string(digits - n.size(), ' ') + n + "  " + lines[i]);
  }
  return out;
}

std::size_t widest(const std::vector<std::string>& lines) {
  std::size_t w = 0;
  for (const auto& l : lines) w = std::max(w, display_width(l));
  return w;
}

// s padded to exactly `width` columns (pad() always leaves a space between columns).
std::string fill(const std::string& s, std::size_t width) {
  const auto w = display_width(s);
  return s + std::string(w < width ? width - w : 0, ' ');
}

std::string seconds(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f s", x);
  return buffer;
}

void show_program(const program_row& row) {
  const auto described =
      run_capturing(lesson_path(row.lesson), {"--describe", "--variant", row.variant}, 1);
  if (described.status != 0) {
    throw std::runtime_error(format(tr("%s --describe failed"), row.lesson.c_str()));
  }
  const json::object about = json::parse(described.captured).as_object();

  const fs::path folder = source_dir() / "lessons" / row.lesson;
  const fs::path py_path = folder / (row.variant + ".py");
  const fs::path cpp_path = folder / (row.lesson + ".cpp");
  const auto py = read_lines(py_path);
  const auto cpp = translation(read_lines(cpp_path), row.variant);

  const bool beyond = row.note == course::beyond_the_notes;
  const std::string heading = (beyond ? tr("beyond the notes:") : row.note.substr(0, 3)) + " " +
                              row.section +
                              (beyond             ? ""
                               : row.ordinal == 0 ? tr(" (the course's own program)")
                               : row.ordinal > 1  ? format(tr(" (program %d)"), row.ordinal)
                                                  : "");
  std::cout << "\u2500\u2500 " << row.lesson << "/" << row.variant << ": " << heading << "\n";
  const auto left = numbered(py, 0);
  const auto right = numbered(cpp.lines, cpp.first);
  const std::string left_title =
      py.empty() ? tr("(no Python program)") : "lessons/" + row.lesson + "/" + row.variant + ".py";
  const std::string right_title =
      "lessons/" + row.lesson + "/" + row.lesson + ".cpp" +
      (cpp.lines.empty() ? ""
                         : ":" + std::to_string(cpp.first + 1) + "-" +
                               std::to_string(cpp.first + cpp.lines.size()));
  const auto left_width = std::max(widest(left), display_width(left_title));
  const bool side_by_side =
      ::isatty(STDOUT_FILENO) != 0 &&
      left_width + 3 + std::max(widest(right), display_width(right_title)) <= terminal_columns();
  if (side_by_side) {
    std::cout << fill(left_title, left_width) << " \u2502 " << right_title << "\n";
    for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
      const std::string l = i < left.size() ? left[i] : "";
      const std::string r = i < right.size() ? right[i] : "";
      std::cout << fill(l, left_width) << " \u2502 " << r << "\n";
    }
  } else {
    std::cout << left_title << "\n";
    for (const auto& l : left) std::cout << l << "\n";
    std::cout << "\n" << right_title << "\n";
    for (const auto& r : right) std::cout << r << "\n";
  }

  std::string claims;
  for (const auto& c : about.at("claims").as_array()) {
    const auto& o = c.as_object();
    const double at = o.at("cpython").to_number<double>();
    const bool count = o.contains("count");
    claims += (claims.empty() ? "" : " \u00b7 ") + std::string(o.at("what").as_string()) + " " +
              (count ? std::to_string(static_cast<int>(at)) : seconds(at));
    if (o.contains("note_says")) {
      claims +=
          " " + format(tr("(the note says %s: %s)"), json::serialize(o.at("note_says")).c_str(),
                       std::string(o.at("erratum").as_string()).c_str());
    }
  }
  const auto columns = course::text::columns_of(STDOUT_FILENO);
  const bool colour = course::text::colours_for(STDOUT_FILENO);
  const auto said = [&](const std::string& label, const std::string& text, course::text::colour c) {
    std::cout << course::text::labelled(label, text, columns, c, colour) << "\n";
  };
  std::cout << "\n";
  said("CPython 3.11:", claims, course::text::colour::green);
  if (const auto& e = about.at("erratum").as_string(); !e.empty()) {
    said(tr("erratum:"), std::string(e), course::text::colour::yellow);
  }
  if (const auto& r = about.at("remark").as_string(); !r.empty()) {
    said(tr("note:"), std::string(r), course::text::colour::dim);
  }
  if (fs::exists(folder / (row.variant + ".fixed.py"))) {
    std::cout << format(tr("the program the note means: lessons/%s/%s.fixed.py (course compare "
                           "runs it too)"),
                        row.lesson.c_str(), row.variant.c_str())
              << "\n";
  }
  std::cout << "\n";
}

}  // namespace

int show(const std::vector<std::string>& what, const std::string& variant) {
  if (what.empty()) usage_error(tr("show: which lesson? (course list shows them)"));
  const auto names = lesson_names();
  std::vector<program_row> chosen;
  if (std::find(names.begin(), names.end(), what[0]) != names.end()) {
    if (what.size() > 1) usage_error(format(tr("show %s: one lesson at a time"), what[0].c_str()));
    std::vector<std::string> variants;
    for (const auto& r : programs_of(what[0])) {
      variants.push_back(r.variant);
      if (variant.empty() || r.variant == variant) chosen.push_back(r);
    }
    if (chosen.empty()) {
      usage_error(format(tr("show %s: no variant '%s'"), what[0].c_str(), variant.c_str()) +
                  close_matches(variant, variants));
    }
  } else if (what[0].size() == 3 && what[0].find_first_not_of("0123456789") == std::string::npos) {
    if (what.size() > 2) usage_error(format(tr("show %s: one section at a time"), what[0].c_str()));
    for (const auto& r : programs_under("show", what[0], {what.begin() + 1, what.end()})) {
      if (variant.empty() || r.variant == variant) chosen.push_back(r);
    }
    if (chosen.empty()) {
      usage_error(format(tr("show %s: no variant '%s' under that heading"), what[0].c_str(),
                         variant.c_str()));
    }
  } else {
    usage_error(format(tr("no lesson '%s'"), what[0].c_str()) + close_matches(what[0], names));
  }
  for (const auto& row : chosen) show_program(row);
  return 0;
}

}  // namespace runner
