// course: the course's one entry point, for readers and teachers.
//
//   course list [--json]                       the lesson table, read from the lessons themselves
//   course run LESSON [lesson options]         a lesson by its name ...
//   course run NOTE HEADING [lesson options]   ... or by its note and section: run 003 取消任务
//   course check [LESSON...] [--virtual-time | --speed X]
//                                              each lesson with --check, then a summary table
//
// The lessons are the executables beside this one, in lessons/, in the order lessons/
// CMakeLists.txt lists them (COURSE_LESSON_NAMES, comma-separated). Exit codes: 0 ok, 1 a lesson
// failed, 2 bad usage (one line on stderr).
#include <course/lesson.hpp>

#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;

// One program of a lesson, as its --sections line gives it.
struct program_row {
  std::string lesson, variant, note, section;
  int ordinal = 1;
  std::string teaches, clocks;
};

std::vector<std::string> lesson_names() {
  std::vector<std::string> names;
  std::stringstream all(COURSE_LESSON_NAMES);
  for (std::string name; std::getline(all, name, ',');) names.push_back(name);
  return names;
}

fs::path lesson_path(const std::string& name) {
  return fs::read_symlink("/proc/self/exe").parent_path() / "lessons" / name;
}

struct finished {
  int status = 0;  // the exit code; 128 + N for signal N
  std::string captured;
  double seconds = 0;
};

// Runs the program with its output fd `capture` (1 or 2) read back and the other one silenced.
finished run_capturing(const fs::path& program, const std::vector<std::string>& args,
                       int capture) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], capture);
  posix_spawn_file_actions_addopen(&actions, capture == 1 ? 2 : 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  std::vector<std::string> words{program.string()};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  finished result;
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    throw std::runtime_error("cannot run " + program.string() + " (is it built?)");
  }
  char buffer[4096];
  for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) {
    result.captured.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
  return parts;
}

std::vector<program_row> programs_of(const std::string& lesson) {
  const auto out = run_capturing(lesson_path(lesson), {"--sections"}, 1);
  if (out.status != 0) throw std::runtime_error(lesson + " --sections failed");
  std::vector<program_row> rows;
  for (const auto& line : split(out.captured, '\n')) {
    const auto f = split(line, '\t');
    if (f.size() != 6) throw std::runtime_error(lesson + " --sections: bad line '" + line + "'");
    rows.push_back({lesson, f[0], f[1], f[2], std::stoi(f[3]), f[4], f[5]});
  }
  return rows;
}

std::vector<program_row> all_programs() {
  std::vector<program_row> rows;
  for (const auto& name : lesson_names()) {
    auto some = programs_of(name);
    rows.insert(rows.end(), some.begin(), some.end());
  }
  return rows;
}

// Columns a string takes in a terminal: CJK characters take two.
std::size_t display_width(const std::string& s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned code = length == 1 ? c : c & (0x3Fu >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < s.size(); ++k) {
      code = (code << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    }
    width += code >= 0x2E80 && code <= 0xFFEF ? 2 : 1;
    i += length;
  }
  return width;
}

std::string pad(const std::string& s, std::size_t width) {
  const auto w = display_width(s);
  return s + std::string(w < width ? width - w : 1, ' ');
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

int list(bool json) {
  const auto rows = all_programs();
  if (json) {
    std::cout << "[\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& r = rows[i];
      std::cout << "  {\"lesson\": " << json_string(r.lesson)
                << ", \"variant\": " << json_string(r.variant)
                << ", \"note\": " << json_string(r.note)
                << ", \"section\": " << json_string(r.section) << ", \"ordinal\": " << r.ordinal
                << ", \"course_own\": " << (r.ordinal == 0 ? "true" : "false")
                << ", \"teaches\": " << json_string(r.teaches)
                << ", \"real_time_only\": " << (r.clocks == "real time only" ? "true" : "false")
                << "}" << (i + 1 < rows.size() ? "," : "") << "\n";
    }
    std::cout << "]\n";
    return 0;
  }
  std::size_t section_width = 8;
  std::size_t lesson_width = 8;
  for (const auto& r : rows) {
    section_width = std::max(section_width, display_width(r.section) + 2);
    lesson_width = std::max(lesson_width, r.lesson.size() + r.variant.size() + 5);
  }
  section_width = std::min<std::size_t>(section_width, 40);
  std::cout << pad("note", 6) << pad("section", section_width)
            << pad("lesson (variant)", lesson_width) << "teaches\n";
  std::string last_lesson;
  for (const auto& r : rows) {
    std::string section = r.section + (r.ordinal == 0 ? " *" : "");
    std::cout << pad(r.note.substr(0, 3), 6) << pad(section, section_width)
              << pad(r.lesson + " (" + r.variant + ")", lesson_width)
              << (r.lesson == last_lesson ? "\u3003" : r.teaches) << "\n";
    last_lesson = r.lesson;
  }
  std::cout << "\n* the course's own program under that heading\n";
  return 0;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const auto above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

[[noreturn]] void usage_error(const std::string& message) {
  std::cerr << "course: " << message << " (see course --help)\n";
  std::exit(2);
}

std::string close_matches(const std::string& wanted, const std::vector<std::string>& candidates) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& c : candidates) {
    // A candidate that holds what was typed is as close as can be: 取消 finds 取消任务.
    scored.emplace_back(c.find(wanted) != std::string::npos ? 0 : edit_distance(wanted, c), c);
  }
  std::sort(scored.begin(), scored.end());  // by distance, then by name
  std::string out;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) {
    if (scored[i].first > std::max<std::size_t>(2, wanted.size() / 2)) break;
    out += (out.empty() ? "" : ", ") + scored[i].second;
  }
  return out.empty() ? "" : "; did you mean " + out + "?";
}

// course run NAME [options] | course run NOTE HEADING [options]
int run(std::vector<std::string> words) {
  if (words.empty()) usage_error("run: which lesson? (course list shows them)");
  const auto names = lesson_names();
  std::string lesson;
  std::vector<std::string> args;
  if (std::find(names.begin(), names.end(), words[0]) != names.end()) {
    lesson = words[0];
    args.assign(words.begin() + 1, words.end());
  } else if (words[0].size() == 3 &&
             words[0].find_first_not_of("0123456789") == std::string::npos) {
    if (words.size() < 2) {
      usage_error("run " + words[0] + ": which section of note " + words[0] + "?");
    }
    std::vector<std::string> headings;
    std::optional<program_row> found;
    int programs_in_lesson = 0;
    for (const auto& r : all_programs()) {
      if (!r.note.starts_with(words[0])) continue;
      headings.push_back(r.section);
      if (!found && r.section == words[1]) found = r;
    }
    if (!found) {
      usage_error("note " + words[0] + " has no section '" + words[1] + "'" +
                  close_matches(words[1], headings));
    }
    lesson = found->lesson;
    programs_in_lesson = static_cast<int>(programs_of(lesson).size());
    args.assign(words.begin() + 2, words.end());
    if (programs_in_lesson > 1) args.insert(args.begin(), {"--variant", found->variant});
  } else {
    usage_error("no lesson '" + words[0] + "'" + close_matches(words[0], names));
  }
  const auto path = lesson_path(lesson).string();
  std::vector<std::string> all{path};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : all) argv.push_back(w.data());
  argv.push_back(nullptr);
  ::execv(path.c_str(), argv.data());
  std::cerr << "course: cannot run " << path << " (is it built?)\n";
  return 1;
}

// What one lesson's --check run said.
struct checked {
  std::string lesson;
  finished run;
  std::string claims = "?";       // "5 of 5"
  double note_seconds = 0;        // the programs' ends, as CPython has them
  double measured_seconds = 0;    // and as measured
  int ends = 0;                   // how many programs claim when they end
  bool skipped = false;
};

checked check_one(const std::string& lesson, const std::vector<std::string>& mode,
                  bool virtual_time) {
  checked c{.lesson = lesson, .run = {}};
  if (virtual_time) {
    const auto rows = programs_of(lesson);
    if (!rows.empty() && rows.front().clocks == "real time only") {
      c.skipped = true;
      return c;
    }
  }
  std::vector<std::string> args{"--check"};
  args.insert(args.end(), mode.begin(), mode.end());
  c.run = run_capturing(lesson_path(lesson), args, 2);
  for (const auto& line : split(c.run.captured, '\n')) {
    const auto met = line.find(" claims met");
    if (line.starts_with(lesson + ": ") && met != std::string::npos) {
      c.claims = line.substr(lesson.size() + 2, met - lesson.size() - 2);
    }
    double claimed = 0;
    double measured = 0;
    if (line.ends_with("the program ends") &&
        std::sscanf(line.c_str(), " %lf s %lf s", &claimed, &measured) == 2) {
      c.note_seconds += claimed;
      c.measured_seconds += measured;
      ++c.ends;
    }
  }
  return c;
}

int check(std::vector<std::string> lessons, bool virtual_time, const std::string& speed) {
  const auto names = lesson_names();
  for (const auto& l : lessons) {
    if (std::find(names.begin(), names.end(), l) == names.end()) {
      usage_error("check: no lesson '" + l + "'" + close_matches(l, names));
    }
  }
  if (lessons.empty()) lessons = names;
  std::vector<std::string> mode;
  if (virtual_time) mode = {"--virtual-time"};
  if (!speed.empty()) mode = {"--speed", speed};
  const bool terminal = ::isatty(STDERR_FILENO) != 0;
  const auto start = std::chrono::steady_clock::now();
  std::vector<checked> results;
  for (std::size_t i = 0; i < lessons.size(); ++i) {
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // On a terminal the progress line is rewritten in place; elsewhere it is a line a lesson.
    std::fprintf(stderr, terminal ? "\r\033[K[%zu/%zu] %s  (%.1f s so far)"
                                  : "[%zu/%zu] %s  (%.1f s so far)\n",
                 i + 1, lessons.size(), lessons[i].c_str(), elapsed);
    std::fflush(stderr);
    results.push_back(check_one(lessons[i], mode, virtual_time));
  }
  if (terminal) std::fprintf(stderr, "\r\033[K");

  int failed = 0;
  // CPython and measured: the seconds the lesson's programs take, added up, where they claim it.
  std::printf("%-20s %12s %12s  %-10s %s\n", "lesson", "CPython", "measured", "claims", "result");
  for (const auto& c : results) {
    if (c.skipped) {
      std::printf("%-20s %12s %12s  %-10s %s\n", c.lesson.c_str(), "", "", "",
                  "skipped: real time only");
      continue;
    }
    const bool ok = c.run.status == 0;
    failed += ok ? 0 : 1;
    char note[32];
    char measured[32];
    std::snprintf(note, sizeof note, c.ends ? "%.2f s" : "-", c.note_seconds);
    std::snprintf(measured, sizeof measured, c.ends ? "%.3f s" : "-", c.measured_seconds);
    const std::string verdict = ok ? "pass" : "FAIL (exit " + std::to_string(c.run.status) + ")";
    std::printf("%-20s %12s %12s  %-10s %s\n", c.lesson.c_str(), note, measured,
                c.claims.c_str(), verdict.c_str());
  }
  const double total =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string clock = virtual_time   ? "virtual time"
                            : speed.empty() ? "real time"
                                            : "--speed " + speed;
  std::printf("\n%zu lessons, %d failed, in %.1f s (%s)\n", results.size(), failed, total,
              clock.c_str());
  for (const auto& c : results) {
    if (!c.skipped && c.run.status != 0) {
      std::fprintf(stderr, "\n\u2500\u2500 %s failed; its report:\n%s", c.lesson.c_str(),
                   c.run.captured.c_str());
    }
  }
  return failed > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("the asio course: run and check its lessons", "course");
  app.require_subcommand(1);
  auto* list_cmd = app.add_subcommand("list", "The lesson table, from the lessons themselves");
  bool json = false;
  list_cmd->add_flag("--json", json, "As JSON, for tools");
  auto* run_cmd = app.add_subcommand(
      "run", "Run a lesson: course run LESSON [options], or course run NOTE HEADING [options]");
  run_cmd->prefix_command();
  auto* check_cmd = app.add_subcommand(
      "check", "Run lessons (default: all) with --check, then a summary; exit 1 if one fails");
  std::vector<std::string> chosen;
  check_cmd->add_option("lessons", chosen, "Lessons to check");
  bool virtual_time = false;
  std::string speed;
  auto* speed_opt =
      check_cmd->add_option("--speed", speed, "Real time, X times faster")->type_name("X");
  check_cmd->add_flag("--virtual-time", virtual_time, "Virtual time: instant and exact")
      ->excludes(speed_opt);
  if (argc > 1 && argv[1][0] != '-') {
    const std::string command = argv[1];
    if (command != "list" && command != "run" && command != "check") {
      usage_error("no command '" + command + "' (list, run or check)");
    }
  }
  try {
    app.parse(argc, argv);
    if (!speed.empty()) {
      double value = 0;
      course::number_option("--speed", "", &value, 0.01, 1000).set(speed);
    }
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    std::replace(message.begin(), message.end(), '\n', ' ');
    usage_error(message);
  } catch (const std::invalid_argument& e) {
    usage_error(std::string("--speed: ") + e.what());
  }
  try {
    if (*list_cmd) return list(json);
    if (*run_cmd) return run(run_cmd->remaining());
    return check(chosen, virtual_time, speed);
  } catch (const std::exception& e) {
    std::cerr << "course: " << e.what() << "\n";
    return 1;
  }
}
