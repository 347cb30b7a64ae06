// course: the course's one entry point, for readers and teachers.
//
//   course list [--json]                       the lesson table, read from the lessons themselves
//   course run LESSON [lesson options]         a lesson by its name ...
//   course run NOTE HEADING [lesson options]   ... or every program under a note's heading
//   course check [LESSON...] [--virtual-time | --speed X]
//                                              each lesson with --check, then a summary table
//   course show LESSON [--variant V]           a program's Python beside its C++ (show.cpp)
//   course show NOTE HEADING
//   course compare (LESSON [--variant V] | --all) [--virtual-time | --speed X]
//                                              the Python under CPython beside the C++, run by
//                                              tools/course_compare.py
//
// The lessons are the executables beside this one, in lessons/, in the order lessons/
// CMakeLists.txt lists them (COURSE_LESSON_NAMES, comma-separated). Exit codes: 0 ok, 1 a lesson
// failed, 2 bad usage (one line on stderr).
#include "lessons.hpp"
#include "show.hpp"

#include <course/lesson.hpp>

#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace runner;

int list(bool json) {
  const auto rows = all_programs();
  if (json) {
    std::cout << "[\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& r = rows[i];
      std::cout << "  {\"lesson\": " << course::json_string(r.lesson)
                << ", \"variant\": " << course::json_string(r.variant)
                << ", \"note\": " << course::json_string(r.note)
                << ", \"section\": " << course::json_string(r.section) << ", \"ordinal\": " << r.ordinal
                << ", \"course_own\": " << (r.ordinal == 0 ? "true" : "false")
                << ", \"beyond_the_notes\": "
                << (r.note == course::beyond_the_notes ? "true" : "false")
                << ", \"teaches\": " << course::json_string(r.teaches)
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
  bool beyond = false;
  for (const auto& r : rows) {
    const bool beyond_row = r.note == course::beyond_the_notes;
    if (beyond_row && !beyond) {
      std::cout << "\nBeyond the notes: the asyncio API they never show\n";
      beyond = true;
    }
    std::string section = r.section + (r.ordinal == 0 && !beyond_row ? " *" : "");
    std::cout << pad(beyond_row ? "+" : r.note.substr(0, 3), 6) << pad(section, section_width)
              << pad(r.lesson + " (" + r.variant + ")", lesson_width)
              << (r.lesson == last_lesson ? "\u3003" : r.teaches) << "\n";
    last_lesson = r.lesson;
  }
  std::cout << "\n* the course's own program under that heading\n";
  return 0;
}

// Runs a lesson in the foreground, its output the runner's. A SIGINT sent to the runner alone
// (kill) is passed on to the lesson, which ends as it does on Ctrl-C. A terminal's Ctrl-C
// reaches the lesson itself, being in the same process group, and is not passed on: a second
// SIGINT would end the lesson at once, before its cleanup.
volatile pid_t g_foreground = 0;
extern "C" void pass_interrupt_on(int, siginfo_t* info, void*) {
  if (g_foreground > 0 && info != nullptr && info->si_code == SI_USER) {
    ::kill(g_foreground, SIGINT);
  }
}

int run_in_foreground(const std::string& lesson, const std::vector<std::string>& args) {
  try {
    g_foreground = spawn(lesson_path(lesson), args, nullptr);
  } catch (const std::runtime_error& e) {
    std::cerr << "course: " << e.what() << "\n";
    return 1;
  }
  const int status = wait_for(g_foreground);
  g_foreground = 0;
  return status;
}

// course run NAME [options] | course run NOTE HEADING [options]
int run(std::vector<std::string> words) {
  if (words.empty()) usage_error("run: which lesson? (course list shows them)");
  const auto names = lesson_names();
  // Each lesson to run, with the programs of it to run (none: all of them).
  std::vector<std::pair<std::string, std::vector<std::string>>> runs;
  std::vector<std::string> args;
  if (std::find(names.begin(), names.end(), words[0]) != names.end()) {
    runs.push_back({words[0], {}});
    args.assign(words.begin() + 1, words.end());
  } else if (words[0].size() == 3 &&
             words[0].find_first_not_of("0123456789") == std::string::npos) {
    if (words.size() < 2) {
      usage_error("run " + words[0] + ": which section of note " + words[0] + "?");
    }
    // Every program under the heading, in the notes' order, lesson by lesson.
    std::vector<std::string> headings;
    for (const auto& r : all_programs()) {
      if (!r.note.starts_with(words[0])) continue;
      headings.push_back(r.section);
      if (r.section != words[1]) continue;
      if (runs.empty() || runs.back().first != r.lesson) runs.push_back({r.lesson, {}});
      runs.back().second.push_back(r.variant);
    }
    if (runs.empty()) {
      usage_error("note " + words[0] + " has no section '" + words[1] + "'" +
                  close_matches(words[1], headings));
    }
    args.assign(words.begin() + 2, words.end());
  } else {
    usage_error("no lesson '" + words[0] + "'" + close_matches(words[0], names));
  }
  struct sigaction pass_on {};
  pass_on.sa_sigaction = pass_interrupt_on;
  pass_on.sa_flags = SA_SIGINFO;
  sigemptyset(&pass_on.sa_mask);
  ::sigaction(SIGINT, &pass_on, nullptr);
  int worst = 0;
  for (auto& [lesson, variants] : runs) {
    std::vector<std::string> lesson_args;
    if (variants.size() < programs_of(lesson).size()) {
      for (const auto& v : variants) lesson_args.insert(lesson_args.end(), {"--variant", v});
    }
    lesson_args.insert(lesson_args.end(), args.begin(), args.end());
    const int status = run_in_foreground(lesson, lesson_args);
    if (status == 128 + SIGINT) return status;  // interrupted: the rest is not run
    worst = std::max(worst, status);
  }
  return worst;
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

// course compare ...: tools/course_compare.py, under python3, which runs the CPython side.
int compare(const std::vector<std::string>& words) {
  // Debian's python3 (the CPython the course names); COURSE_PYTHON chooses another.
  std::string python;
  if (const char* chosen = std::getenv("COURSE_PYTHON")) {
    if (::access(chosen, X_OK) == 0) python = chosen;
  } else {
    for (const char* candidate : {"/usr/bin/python3", "/usr/local/bin/python3"}) {
      if (::access(candidate, X_OK) == 0) {
        python = candidate;
        break;
      }
    }
  }
  if (python.empty()) {
    std::cerr << "course: compare runs the Python programs under CPython, and python3 is not "
                 "installed: ./course.sh tour installs it (or sudo apt-get install python3)\n";
    return 2;
  }
  const auto tools = source_dir() / "tools";
  std::vector<std::string> all{
      python, (tools / "course_compare.py").string(),
      "--lessons", (source_dir() / "lessons").string(),
      "--bin", lesson_path("").parent_path().string(),
      "--vloop", (source_dir() / "tests" / "diff" / "vloop.py").string(),
      "--python", python,
      "--lesson-names", COURSE_LESSON_NAMES};
  all.insert(all.end(), words.begin(), words.end());
  std::vector<char*> argv;
  for (auto& w : all) argv.push_back(w.data());
  argv.push_back(nullptr);
  ::execv(python.c_str(), argv.data());
  std::cerr << "course: cannot run " << python << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  // Descriptors 0, 1 and 2 stay taken: a closed one would be reused by the next pipe the runner
  // makes, and a lesson given that pipe as its output would lose it (course check >&-).
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) == -1) ::open("/dev/null", O_RDWR);
  }
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
  auto* show_cmd = app.add_subcommand(
      "show", "A program's Python beside its C++: course show LESSON [--variant V], or course "
              "show NOTE HEADING");
  std::vector<std::string> show_what;
  std::string show_variant;
  show_cmd->add_option("what", show_what, "LESSON, or NOTE HEADING")->required();
  show_cmd->add_option("--variant", show_variant, "Only this program of the lesson");
  auto* compare_cmd = app.add_subcommand(
      "compare", "Run each program's Python under CPython and its C++, and compare the two "
                 "transcripts: course compare (LESSON [--variant V] | --all) "
                 "[--virtual-time | --speed X] [--quiet]");
  compare_cmd->prefix_command();
  if (argc > 1 && argv[1][0] != '-') {
    const std::string command = argv[1];
    if (command != "list" && command != "run" && command != "check" && command != "show" &&
        command != "compare") {
      usage_error("no command '" + command + "' (list, run, check, show or compare)");
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
    if (*show_cmd) return show(show_what, show_variant);
    if (*compare_cmd) return compare(compare_cmd->remaining());
    return check(chosen, virtual_time, speed);
  } catch (const std::exception& e) {
    std::cerr << "course: " << e.what() << "\n";
    return 1;
  }
}
