// The lesson command line and the companion's voice.
//
// A lesson is a list of programs, each the translation of one Python program of a note, with the
// note's claims about when its lines appear. lesson_main runs them in the note's order (or the one
// --variant names), each on a fresh course clock, then prints to stderr how the measured times
// compare with the claims. stdout stays the transcript.
#pragma once

#include "course/i18n.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace course {

// One claim of a note about a program: when a line appears, when the program ends, how many tasks
// it creates, when a task ends. Times are course seconds from the program's start.
struct claim {
  enum class kind { line, end, tasks, task_done, task_cancelled, figure };
  kind what = kind::line;
  std::string subject = {};  // the line (a prefix of it), or the task's name
  int occurrence = 1;
  double at = 0;  // what real CPython does (seconds, or a count): the figure the C++ must match
  std::optional<double> note_says = {};  // the note's own figure, where it differs from CPython's
  std::string erratum = {};              // why they differ
  double low = 0, high = 0;              // a figure's bounds

  // The claim is about the line's k-th appearance: printed_at("world", 3).nth(2).
  claim nth(int k) && {
    occurrence = k;
    return std::move(*this);
  }
  // The note gives a different figure than CPython produces.
  claim note(double figure, std::string why) && {
    note_says = figure;
    erratum = std::move(why);
    return std::move(*this);
  }
};

// A line starting with `line` is printed `at` seconds into the program (.nth(k): its k-th).
claim printed_at(std::string line, double at);
// The program returns `at` seconds after it starts.
claim ends_at(double at);
// The program creates n tasks, its main task included.
claim tasks_created(int n);
// The task named `task` (Task-2, ...) ends `at` seconds in: with a result or an exception, or
// cancelled.
claim task_done_at(std::string task, double at);
claim task_cancelled_at(std::string task, double at);
// A figure the program measures in one run and reports with report_figure(name, value): a ratio
// of two of its own durations, say, where absolute times depend on the machine. It must lie in
// [low, high], bounds that hold on a loaded 2-core machine; `ideal` is its value on an idle one.
claim figure_between(std::string name, double ideal, double low, double high);
void report_figure(const std::string& name, double value);

// s as a JSON string literal, quoted and escaped (--describe, course list --json).
std::string json_string(const std::string& s);

// A line of the companion's voice (stderr) while a program runs, after the transcript so far.
void say(const std::string& line);

// The notes, by the file names they have in ../shared/seeds/.
inline const std::string note_000 = "000_252c63d8e0ea2f43.txt";
inline const std::string note_001 = "001_ada6075e2ac806d5.txt";
inline const std::string note_002 = "002_466c97664b56a7af.txt";
inline const std::string note_003 = "003_9b2ea0e83eeffe65.txt";
inline const std::string note_004 = "004_d6a164a42c25a903.txt";
// The note of a program from the chapter beyond the notes: asyncio API the notes never show. Its
// section is the API's name (asyncio.timeout()), and its ordinal course_own.
inline const std::string beyond_the_notes = "beyond the notes";

// The ordinal of a program the course adds under a heading: the note has no such program (its
// Python is the course's own, lessons/NAME/VARIANT.py).
inline constexpr int course_own = 0;

// The values of a lesson's own options (--work 0.5), checked as the command line was read. A
// program that needs them takes them, as a Python script reads its parsed arguments:
// void program(const course::options& o) { ... o.number("--work") ... }.
class options {
 public:
  bool given(const std::string& flag) const { return values_.contains(flag); }
  // As typed, or the option's default when it was not given.
  const std::string& text(const std::string& flag) const;
  double number(const std::string& flag) const;  // text(flag), read as a number

  void set(const std::string& flag, std::string value) { values_[flag] = std::move(value); }
  void set_default(const std::string& flag, std::string value) {
    defaults_[flag] = std::move(value);
  }

 private:
  std::map<std::string, std::string> values_;
  std::map<std::string, std::string> defaults_;
};

// A program's top level: void program(), or void program(const options&) in a lesson with options
// of its own.
class program_entry {
 public:
  program_entry() = default;
  program_entry(void (*run)()) noexcept : plain_(run) {}                       // NOLINT: implicit
  program_entry(void (*run)(const options&)) noexcept : with_options_(run) {}  // NOLINT: implicit
  void operator()(const options& o) const { plain_ ? plain_() : with_options_(o); }

 private:
  void (*plain_)() = nullptr;
  void (*with_options_)(const options&) = nullptr;
};

// A program's descriptor: each program's namespace in a lesson ends with one, all of one form
// (HACKING.md, "Repetition we keep").
struct program {
  std::string variant;  // --variant name
  std::string note;     // the note's file name, e.g. 000_252c63d8e0ea2f43.txt, or beyond_the_notes
  std::string section;  // the heading it sits under, exactly as in the note, without the #s
  int ordinal = 1;      // which Python program under that heading (1 for the first), or course_own
  program_entry run;    // the Python program's top level
  std::vector<claim> claims = {};
  std::string erratum = {};  // where the note's program or prose is wrong, said before it runs
  std::string remark = {};   // what else the reader needs before it runs
};

// An option of one lesson (--work X). `check` receives the value as typed and throws
// std::invalid_argument with a one-line reason when it is bad (a usage error, exit 2); the program
// reads it from its options, or `default_value` when it was not given.
struct option {
  std::string flag;
  std::string help;
  std::string type_name;
  std::string default_value = {};
  std::function<void(const std::string&)> check = {};
};

// An option that takes a number from low to high.
option number_option(std::string flag, std::string help, double default_value, double low,
                     double high);

struct lesson {
  std::string name;
  std::string teaches;  // the asio construct, for --help and the lesson table
  std::vector<program> programs;
  std::vector<option> options = {};
  // Why --virtual-time does not apply, for a lesson that measures real work (CPU time, sockets);
  // empty for a lesson that runs in every clock mode.
  std::string real_time_only = {};
};

// Parses the common command line and runs the lesson. Exit codes: 0 ok; 1 a claim missed under
// --check, or an error escaped the program; 2 bad usage (one line on stderr).
int lesson_main(int argc, char** argv, const lesson& l);

// An exercise's main (tools/exercise.py makes it from a lesson): its one program, run as a
// lesson's is (--virtual-time, --records, ...), which `course exercise check NAME` compares with
// CPython's run of the Python it translates.
int exercise_main(int argc, char** argv, const std::string& name, void (*program)());

}  // namespace course
