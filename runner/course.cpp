// course: the course's one entry point, for readers and teachers.
//
//   course list [NOTE | LESSON] [--json]       the lesson table, read from the lessons themselves
//   course run LESSON [lesson options]         a lesson by its name ...
//   course run NOTE HEADING [lesson options]   ... or every program under a note's heading,
//   course run VARIANT [lesson options]        ... or one program by its variant name
//   course check [LESSON...] [--virtual-time | --speed X]
//                                              each lesson with --check, then a summary table
//   course show LESSON [--variant V]           a program's Python beside its C++ (show.cpp)
//   course show NOTE HEADING
//   course compare (LESSON [--variant V] | --all) [--virtual-time | --speed X]
//                                              the Python under CPython beside the C++, run by
//                                              tools/course_compare.py
//   course exercise list | check NAME [--file PATH] | hint NAME
//   course watch [NAME] [--file PATH]           the exercises, made from the lessons and run by
//   tools/exercise.py
//
// The lessons are the executables beside this one, in lessons/, in the order lessons/
// CMakeLists.txt lists them (COURSE_LESSON_NAMES, comma-separated). Exit codes: 0 ok, 1 a lesson
// failed, 2 bad usage (one line on stderr), 130 interrupted. --lang zh|en anywhere chooses the
// language, which the lessons it runs inherit.
#include "lessons.hpp"
#include "show.hpp"

#include <course/cli.hpp>
#include <course/i18n.hpp>
#include <course/lesson.hpp>
#include <course/print.hpp>
#include <course/text.hpp>

#include <boost/json.hpp>

#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <stdlib.h>
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
using course::format;
using course::tr;

bool is_note_number(const std::string& word) {
  return word.size() == 3 && word.find_first_not_of("0123456789") == std::string::npos;
}

int list(bool json, const std::string& only) {
  const auto names = lesson_names();
  const bool a_lesson = std::find(names.begin(), names.end(), only) != names.end();
  if (!only.empty() && !a_lesson && !is_note_number(only)) {
    usage_error(format(tr("list: no note or lesson '%s'"), only.c_str()) +
                close_matches(only, names));
  }
  auto rows = all_programs();
  if (!only.empty()) {
    std::erase_if(rows, [&](const program_row& r) {
      return a_lesson ? r.lesson != only : !r.note.starts_with(only);
    });
    if (rows.empty()) usage_error(format(tr("list: there is no note %s"), only.c_str()));
  }
  if (json) {
    std::cout << "[\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& r = rows[i];
      std::cout << "  {\"lesson\": " << course::json_string(r.lesson)
                << ", \"variant\": " << course::json_string(r.variant)
                << ", \"note\": " << course::json_string(r.note)
                << ", \"section\": " << course::json_string(r.section)
                << ", \"ordinal\": " << r.ordinal
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
  std::size_t section_width = display_width(tr("section")) + 2;
  std::size_t lesson_width = display_width(tr("lesson (variant)")) + 2;
  for (const auto& r : rows) {
    section_width = std::max(section_width, display_width(r.section) + 4);
    lesson_width = std::max(lesson_width, r.lesson.size() + r.variant.size() + 5);
  }
  section_width = std::min<std::size_t>(section_width, 28);
  // What the table's rows take before the construct taught; it is wrapped into the columns left,
  // or, on a narrow terminal, goes under the row, indented.
  const std::size_t columns = course::text::columns_of(STDOUT_FILENO);
  const std::size_t before = 6 + section_width + lesson_width;
  // Wide enough: a row a program, the construct taught wrapped in its column. Narrow: the
  // section on the row, the lesson and the construct under it, indented.
  const bool beside = columns == 0 || columns >= before + 28;
  if (beside) {
    std::cout << pad(tr("note"), 6) << pad(tr("section"), section_width)
              << pad(tr("lesson (variant)"), lesson_width) << tr("teaches") << "\n";
  } else {
    std::cout << pad(tr("note"), 6) << tr("section") << "\n"
              << std::string(6, ' ') << tr("lesson (variant)") << "  " << tr("teaches") << "\n";
  }
  std::string last_lesson;
  bool beyond = false;
  for (const auto& r : rows) {
    const bool beyond_row = r.note == course::beyond_the_notes;
    if (beyond_row && !beyond) {
      std::cout << "\n" << tr("Beyond the notes: the asyncio API they never show") << "\n";
      beyond = true;
    }
    const std::string section = r.section + (r.ordinal == 0 && !beyond_row ? " *" : "");
    const std::string note = beyond_row ? "+" : r.note.substr(0, 3);
    const std::string lesson = r.lesson + " (" + r.variant + ")";
    const std::string what = r.lesson == last_lesson ? std::string("\u3003") : r.teaches;
    last_lesson = r.lesson;
    if (!beside) {
      std::cout << pad(note, 6) << course::text::wrap(section, columns, 6, 6) << "\n"
                << std::string(6, ' ') << course::text::wrap(lesson + "  " + what, columns, 8, 6)
                << "\n";
      continue;
    }
    // A section too long for its column has the line to itself.
    if (display_width(section) >= section_width) {
      std::cout << pad(note, 6) << section << "\n" << std::string(6 + section_width, ' ');
    } else {
      std::cout << pad(note, 6) << pad(section, section_width);
    }
    std::cout << pad(lesson, lesson_width) << course::text::wrap(what, columns, before, before)
              << "\n";
  }
  std::cout << "\n" << tr("* the course's own program under that heading") << "\n";
  return 0;
}

int run_in_foreground(const std::string& lesson, const std::vector<std::string>& args) {
  pid_t pid = 0;
  try {
    pid = spawn(lesson_path(lesson), args, nullptr);
  } catch (const std::runtime_error& e) {
    std::cerr << "course: " << e.what() << "\n";
    return 1;
  }
  return wait_for(pid);
}

// course run NAME [options] | course run NOTE HEADING [options] | course run VARIANT [options]
int run(std::vector<std::string> words) {
  if (words.empty()) usage_error(tr("run: which lesson? (course list shows them)"));
  const auto names = lesson_names();
  // Each lesson to run, with the programs of it to run (none: all of them).
  std::vector<std::pair<std::string, std::vector<std::string>>> runs;
  std::vector<std::string> args;
  const auto add = [&runs](const program_row& r) {
    if (runs.empty() || runs.back().first != r.lesson) runs.push_back({r.lesson, {}});
    runs.back().second.push_back(r.variant);
  };
  if (std::find(names.begin(), names.end(), words[0]) != names.end()) {
    runs.push_back({words[0], {}});
    args.assign(words.begin() + 1, words.end());
  } else if (is_note_number(words[0])) {
    // Every program under the heading, in the notes' order, lesson by lesson.
    const bool heading = words.size() > 1 && !words[1].starts_with("-");
    std::vector<std::string> typed;
    if (heading) typed.push_back(words[1]);
    for (const auto& r : programs_under("run", words[0], typed)) add(r);
    args.assign(words.begin() + (heading ? 2 : 1), words.end());
  } else {
    // A program by its variant name, in whichever lesson has it.
    std::vector<std::string> candidates = names;
    for (const auto& r : all_programs()) {
      if (r.variant == words[0]) add(r);
      candidates.push_back(r.variant);
    }
    if (runs.size() > 1) {
      std::string which;
      for (const auto& [lesson, variants] : runs) which += (which.empty() ? "" : ", ") + lesson;
      usage_error(format(tr("run: several lessons have a program '%s' (%s): name the lesson, "
                            "course run LESSON --variant %s"),
                         words[0].c_str(), which.c_str(), words[0].c_str()));
    }
    if (runs.empty()) {
      usage_error(format(tr("no lesson or program '%s'"), words[0].c_str()) +
                  close_matches(words[0], candidates));
    }
    args.assign(words.begin() + 1, words.end());
  }
  pass_interrupts_on();
  int worst = 0;
  for (auto& [lesson, variants] : runs) {
    std::vector<std::string> lesson_args;
    if (!variants.empty() && variants.size() < programs_of(lesson).size()) {
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
  std::string claims = "?";     // "5 of 5"
  double note_seconds = 0;      // the programs' ends, as CPython has them
  double measured_seconds = 0;  // and as measured
  int ends = 0;                 // how many programs claim when they end
  bool skipped = false;
};

// A file of its own for a lesson's --results.
struct results_file {
  std::string path;
  results_file() {
    const char* folder = std::getenv("TMPDIR");
    std::string pattern = std::string(folder != nullptr && *folder != '\0' ? folder : "/tmp") +
                          "/course-results-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error(tr("cannot make a temporary file"));
    ::close(fd);
    path = pattern;
  }
  results_file(const results_file&) = delete;
  results_file& operator=(const results_file&) = delete;
  ~results_file() { ::unlink(path.c_str()); }
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
  const results_file results;
  std::vector<std::string> args{"--check", "--results", results.path};
  args.insert(args.end(), mode.begin(), mode.end());
  c.run = run_capturing(lesson_path(lesson), args, 2);
  // A line of JSON a program: {"variant", "claims", "met", "ended", "end": {cpython, measured}}.
  std::ifstream in(results.path);
  int claims = 0;
  int met = 0;
  bool any = false;
  for (std::string line; std::getline(in, line);) {
    boost::system::error_code ec;
    const auto value = boost::json::parse(line, ec);
    if (ec || !value.is_object()) continue;
    const auto& o = value.as_object();
    any = true;
    claims += static_cast<int>(o.at("claims").to_number<double>());
    met += static_cast<int>(o.at("met").to_number<double>());
    if (const auto* end = o.if_contains("end")) {
      c.note_seconds += end->at("cpython").to_number<double>();
      c.measured_seconds += end->at("measured").to_number<double>();
      ++c.ends;
    }
  }
  if (any) c.claims = format(tr("%d of %d"), met, claims);
  return c;
}

int check(std::vector<std::string> lessons, bool virtual_time, const std::string& speed) {
  const auto names = lesson_names();
  for (const auto& l : lessons) {
    if (std::find(names.begin(), names.end(), l) == names.end()) {
      usage_error(format(tr("check: no lesson '%s'"), l.c_str()) + close_matches(l, names));
    }
  }
  if (lessons.empty()) lessons = names;
  std::vector<std::string> mode;
  if (virtual_time) mode = {"--virtual-time"};
  if (!speed.empty()) mode = {"--speed", speed};
  pass_interrupts_on();
  // On a terminal the progress line is rewritten in place; elsewhere it is a line a lesson.
  const bool rewrite = course::text::escapes_for(STDERR_FILENO);
  const bool colour = course::text::colours_for(STDOUT_FILENO);
  const auto start = std::chrono::steady_clock::now();
  std::vector<checked> results;
  bool stopped = false;
  for (std::size_t i = 0; i < lessons.size() && !stopped; ++i) {
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto progress = format(tr("[%zu/%zu] %s  (%.1f s so far)"), i + 1, lessons.size(),
                                 lessons[i].c_str(), elapsed);
    std::fprintf(stderr, rewrite ? "\r\033[K%s" : "%s\n", progress.c_str());
    std::fflush(stderr);
    results.push_back(check_one(lessons[i], mode, virtual_time));
    stopped = interrupted() || results.back().run.status == 128 + SIGINT;
  }
  if (rewrite) std::fprintf(stderr, "\r\033[K");

  int failed = 0;
  // CPython and measured: the seconds the lesson's programs take, added up, where they claim it.
  const auto row = [](const std::string& lesson, const std::string& note,
                      const std::string& measured, const std::string& claims,
                      const std::string& result) {
    const auto right = [](const std::string& x, std::size_t width) {
      const auto w = display_width(x);
      return std::string(w < width ? width - w : 0, ' ') + x;
    };
    std::cout << pad(lesson, 21) << right(note, 12) << " " << right(measured, 12) << "  "
              << pad(claims, 11) << result << "\n";
  };
  row(tr("lesson"), tr("CPython"), tr("measured"), tr("claims"), tr("result"));
  for (const auto& c : results) {
    if (c.skipped) {
      row(c.lesson, "", "", "", tr("skipped: real time only"));
      continue;
    }
    const bool ok = c.run.status == 0;
    const bool cut_short = c.run.status == 128 + SIGINT;
    failed += ok || cut_short ? 0 : 1;
    char note[32];
    char measured[32];
    std::snprintf(note, sizeof note, c.ends ? "%.2f s" : "-", c.note_seconds);
    std::snprintf(measured, sizeof measured, c.ends ? "%.3f s" : "-", c.measured_seconds);
    const std::string verdict =
        ok          ? course::text::paint(tr("pass"), course::text::colour::green, colour)
        : cut_short ? std::string(tr("interrupted"))
                    : course::text::paint(format(tr("FAIL (exit %d)"), c.run.status),
                                          course::text::colour::red, colour);
    row(c.lesson, note, measured, c.claims, verdict);
  }
  const double total =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string clock = virtual_time    ? tr("virtual time")
                            : speed.empty() ? tr("real time")
                                            : "--speed " + speed;
  std::cout << "\n"
            << format(tr("%zu lessons, %d failed, in %.1f s (%s)"), results.size(), failed, total,
                      clock.c_str());
  if (stopped) {
    std::cout << format(tr("; interrupted after %zu of %zu lessons"), results.size(),
                        lessons.size());
  }
  std::cout << "\n" << std::flush;
  for (const auto& c : results) {
    if (!c.skipped && c.run.status != 0) {
      const auto header = c.run.status == 128 + SIGINT
                              ? format(tr("%s was interrupted; its report:"), c.lesson.c_str())
                              : format(tr("%s failed; its report:"), c.lesson.c_str());
      std::fprintf(stderr, "\n\u2500\u2500 %s\n%s", header.c_str(), c.run.captured.c_str());
    }
  }
  if (stopped) return 128 + SIGINT;
  return failed > 0 ? 1 : 0;
}

// Debian's python3 (the CPython the course names); COURSE_PYTHON chooses another. Empty, after
// saying how to install it, when there is none.
std::string python3_for(const char* command) {
  if (const char* chosen = std::getenv("COURSE_PYTHON")) {
    if (::access(chosen, X_OK) == 0) return chosen;
  } else {
    for (const char* candidate : {"/usr/bin/python3", "/usr/local/bin/python3"}) {
      if (::access(candidate, X_OK) == 0) return candidate;
    }
  }
  std::cerr << "course: "
            << format(tr("%s runs the Python programs under CPython, and python3 is not "
                         "installed: ./course.sh tour installs it (or sudo apt-get install "
                         "python3)"),
                      command)
            << "\n";
  return "";
}

// Runs a tool of tools/ under python3 in the runner's place, with what it needs to know.
int exec_tool(const std::string& python, const std::string& tool, std::vector<std::string> all,
              const std::vector<std::string>& words) {
  all.insert(all.begin(), {python, (source_dir() / "tools" / tool).string()});
  all.insert(all.end(), words.begin(), words.end());
  std::vector<char*> argv;
  for (auto& w : all) argv.push_back(w.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  ::execv(python.c_str(), argv.data());
  std::cerr << "course: " << format(tr("cannot run %s"), python.c_str()) << "\n";
  return 1;
}

fs::path build_dir() { return lesson_path("").parent_path().parent_path(); }

// course compare ...: tools/course_compare.py, which runs the CPython side.
int compare(const std::vector<std::string>& words) {
  const auto python = python3_for("compare");
  if (python.empty()) return 2;
  return exec_tool(
      python, "course_compare.py",
      {"--lessons", (source_dir() / "lessons").string(), "--bin",
       lesson_path("").parent_path().string(), "--vloop",
       (source_dir() / "tests" / "diff" / "vloop.py").string(), "--python", python,
       "--lesson-names", COURSE_LESSON_NAMES, "--localedir", (build_dir() / "locale").string()},
      words);
}

// course exercise list | check NAME [--file PATH] | hint NAME, and course watch [NAME]:
// tools/exercise.py, which builds the learner's file here and runs CPython beside it.
int exercise(const std::string& command, const std::vector<std::string>& words) {
  const auto python = python3_for(command.c_str());
  if (python.empty()) return 2;
  std::vector<std::string> rest;
  if (command == "watch") rest.push_back("watch");
  rest.insert(rest.end(), words.begin(), words.end());
  return exec_tool(python, "exercise.py",
                   {"--source", source_dir().string(), "--build", build_dir().string(), "--python",
                    python, "--localedir", (build_dir() / "locale").string()},
                   rest);
}

int run_command(int argc, char** argv);

}  // namespace

int main(int argc, char** argv) {
  // Descriptors 0, 1 and 2 stay taken: a closed one would be reused by the next pipe the runner
  // makes, and a lesson given that pipe as its output would lose it (course check >&-).
  bool closed[3] = {};
  for (int fd = 0; fd <= 2; ++fd) {
    closed[fd] = ::fcntl(fd, F_GETFD) == -1;
    if (closed[fd]) ::open("/dev/null", O_RDWR);
  }
  // Into a pipe or a file, the runner's output is written when it ends, so a write that fails
  // says why (a full disk) when exit_code_after_writes asks.
  static char buffer[1 << 20];  // glibc takes a size only with a buffer
  if (::isatty(STDOUT_FILENO) == 0) std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  const int code = run_command(argc, argv);
  return course::exit_code_after_writes("course", code, closed[1]);
}

namespace {

int run_command(int argc, char** argv) {
  course::cli::speak_from_arguments(argc, argv);
  CLI::App app(tr("the asio course: run and check its lessons"), "course");
  course::cli::translate_help(app);
  app.require_subcommand(1);
  std::string lang;
  course::cli::add_lang(app, lang);
  auto* list_cmd = app.add_subcommand("list", tr("The lesson table, from the lessons themselves: "
                                                 "course list [NOTE | LESSON]"));
  bool json = false;
  std::string list_only;
  list_cmd->add_option("only", list_only, tr("Only this note's programs (003), or this lesson's"));
  list_cmd->add_flag("--json", json, tr("As JSON, for tools"));
  auto* run_cmd = app.add_subcommand(
      "run", tr("Run a lesson: course run LESSON [options], course run NOTE HEADING [options], "
                "or course run VARIANT [options]; course run LESSON --help shows its options"));
  run_cmd->prefix_command();
  run_cmd->set_help_flag();
  auto* check_cmd = app.add_subcommand(
      "check", tr("Run lessons (default: all) with --check, then a summary; exit 1 if one fails"));
  std::vector<std::string> chosen;
  check_cmd->add_option("lessons", chosen, tr("Lessons to check"));
  bool virtual_time = false;
  std::string speed;
  auto* speed_opt = check_cmd->add_option("--speed", speed, tr("Real time, X times faster"))
                        ->type_name("X")
                        ->check(course::cli::a_value);
  check_cmd->add_flag("--virtual-time", virtual_time, tr("Virtual time: instant and exact"))
      ->excludes(speed_opt);
  auto* show_cmd = app.add_subcommand(
      "show", tr("A program's Python beside its C++: course show LESSON [--variant V], or course "
                 "show NOTE HEADING"));
  std::vector<std::string> show_what;
  std::string show_variant;
  show_cmd->add_option("what", show_what, tr("LESSON, or NOTE HEADING"))->required();
  show_cmd->add_option("--variant", show_variant, tr("Only this program of the lesson"));
  auto* compare_cmd = app.add_subcommand(
      "compare", tr("Run each program's Python under CPython and its C++, and compare the two "
                    "transcripts: course compare (LESSON [--variant V] | --all) "
                    "[--virtual-time | --speed X] [--quiet]"));
  compare_cmd->prefix_command();
  auto* exercise_cmd = app.add_subcommand(
      "exercise", tr("The exercises: course exercise list, course exercise check NAME [--file "
                     "PATH], course exercise hint NAME"));
  exercise_cmd->prefix_command();
  exercise_cmd->set_help_flag();
  auto* watch_cmd = app.add_subcommand(
      "watch", tr("Check the current exercise (or NAME) on every save, and move on when it "
                  "passes: course watch [NAME] [--file PATH]; Ctrl-C ends it"));
  watch_cmd->prefix_command();
  watch_cmd->set_help_flag();
  for (auto* command :
       {list_cmd, run_cmd, check_cmd, show_cmd, compare_cmd, exercise_cmd, watch_cmd}) {
    course::cli::translate_help(*command);
    command->group(tr("Subcommands"));
  }
  // --lang after the command: the parent's option (run and compare hand theirs to the lesson).
  for (auto* command : {list_cmd, check_cmd, show_cmd}) command->fallthrough();
  if (argc > 1 && argv[1][0] != '-') {
    const std::string command = argv[1];
    if (command != "list" && command != "run" && command != "check" && command != "show" &&
        command != "compare" && command != "exercise" && command != "watch") {
      usage_error(format(tr("no command '%s' (list, run, check, show, compare, exercise or watch)"),
                         command.c_str()));
    }
  }
  try {
    app.parse(argc, argv);
    if (!speed.empty()) course::number_option("--speed", "", 1, 0.01, 1000).check(speed);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (app.get_subcommands().empty() && argc > 1 && argv[1][0] == '-') {
      usage_error(format(tr("a command is required (list, run, check, show, compare, exercise "
                            "or watch), not the option '%s'"),
                         argv[1]));
    }
    usage_error(course::cli::parse_error(e));
  } catch (const std::invalid_argument& e) {
    usage_error(std::string("--speed: ") + e.what());
  }
  try {
    if (*list_cmd) return list(json, list_only);
    if (*run_cmd) return run(run_cmd->remaining());
    if (*show_cmd) return show(show_what, show_variant);
    if (*compare_cmd) return compare(compare_cmd->remaining());
    if (*exercise_cmd) return exercise("exercise", exercise_cmd->remaining());
    if (*watch_cmd) return exercise("watch", watch_cmd->remaining());
    return check(chosen, virtual_time, speed);
  } catch (const std::exception& e) {
    std::cerr << "course: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace
