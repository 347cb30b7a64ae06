// What the runner's commands share: the lessons beside it and how to run them, and the
// terminal's columns.
#pragma once

#include <course/text.hpp>

#include <spawn.h>
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace runner {

namespace fs = std::filesystem;

// One program of a lesson, as its --sections line gives it.
struct program_row {
  std::string lesson, variant, note, section;
  int ordinal = 1;
  std::string teaches, clocks;
};

// The lessons, in the course's order (COURSE_LESSON_NAMES, from lessons/CMakeLists.txt).
std::vector<std::string> lesson_names();
// The lesson's executable, in lessons/ beside this program.
fs::path lesson_path(const std::string& name);
// The lessons' sources: lessons/LESSON/LESSON.cpp and its programs' .py files.
fs::path source_dir();

struct finished {
  int status = 0;  // the exit code; 128 + N for signal N
  std::string captured;
  double seconds = 0;
};

// Starts program with args, its descriptors arranged by actions (null: the runner's own); the
// child's pid. Throws when it cannot be started.
pid_t spawn(const fs::path& program, const std::vector<std::string>& args,
            const posix_spawn_file_actions_t* actions);
// Waits for pid; its exit code, or 128 + N for signal N. While it runs, a SIGINT sent to the
// runner alone is passed on to it (once pass_interrupts_on() was called).
int wait_for(pid_t pid);
// From now on the runner survives SIGINT, passes one sent to it alone (kill, not a terminal's
// Ctrl-C, which reaches the lesson itself) on to the lesson running, and remembers it.
void pass_interrupts_on();
bool interrupted();

// Runs the program with its output fd `capture` (1 or 2) read back and the other one silenced.
finished run_capturing(const fs::path& program, const std::vector<std::string>& args, int capture);

std::vector<std::string> split(const std::string& text, char separator);
std::vector<program_row> programs_of(const std::string& lesson);
std::vector<program_row> all_programs();

using course::text::display_width;
using course::text::pad;
// The width of the terminal on stdout: COLUMNS, else the terminal's own, else 80; never over
// course::text::max_columns.
std::size_t terminal_columns();

// The programs under a note's heading (words[0]), typed with or without its backticks. Bad
// usage ends the runner (exit 2, the note's sections listed when none was named); a heading
// with prose only is answered with the programs under its sub-headings (exit 0).
std::vector<program_row> programs_under(const std::string& command, const std::string& note,
                                        const std::vector<std::string>& words);

// One line on stderr, "course: MESSAGE (see course --help)", and exit 2.
[[noreturn]] void usage_error(const std::string& message);
// "; did you mean X, Y?" for the candidates close to what was typed, or "".
std::string close_matches(const std::string& wanted, const std::vector<std::string>& candidates);

}  // namespace runner
