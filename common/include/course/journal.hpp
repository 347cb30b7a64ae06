// The journal of one program: every transcript line and every task's life, with course times.
// The companion's comparison reads it after the run, and so do the pictures (--timeline,
// --mermaid), which alone need every step of every task: a program journals its steps only when
// a picture is asked for (depth::steps). Otherwise it keeps what the claims and the records read
// (lines, reports, each task's creation and end), so that a long run holds nothing per step.
// Entries are 24 bytes, texts kept apart and each task's name once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace course::journal {

enum class kind {
  printed,                // task: who printed it (0: no task); text: the line
  task_created,           // task: the new one; by: its creator; text: its name
  task_coroutine,         // text: the name of the task's coroutine (task1), when the lesson gave it
  task_started,           // the task's coroutine runs for the first time
  task_resumed,           // a step of the task begins (the loop runs one of its handlers)
  task_suspended,         // that step ends: the task awaits something
  task_cancel_requested,  // task: the target; by: who called cancel()
  task_done,
  task_failed,
  task_cancelled,
  reported  // text: what the loop reported on stderr (a callback that raised, say)
};

// What a program journals: its lines, reports and tasks' creations and ends, or their steps too.
enum class depth { events, steps };

struct entry {
  double at;  // course seconds since the program started
  kind what;
  std::uint64_t task;     // the task concerned, 0 for none
  std::string_view text;  // the line, or the task's name (empty for steps); valid until clear()
  std::uint64_t by;       // the task that was running when this happened, 0 for none
};

void clear();
// A new program begins: its journal empty and at the depth given, the course clock at its start
// (start_program).
void begin_program(depth d = depth::events);
void printed(const std::string& line);
void reported(const std::string& text);
// A task event: task_created (with its name), task_coroutine (with the coroutine's name), or one
// of the others, for which name is the task's name now. Kept only when the depth asks for it.
void task_event(kind what, std::uint64_t task, const std::string& name);
std::vector<entry> entries();

// The task whose step is running on this thread, 0 when none is (a plain callback, or no loop).
std::uint64_t current_task() noexcept;
// The task whose step ran last on this thread outside any other step (0: none since the last
// call); for debug mode, which names the task that held the loop.
std::uint64_t take_last_step() noexcept;
// The name the task was created with, "" when the journal has no such task.
std::string task_name(std::uint64_t task);
// Marks a step of `task` from construction to destruction, and journals its start and end.
class task_step {
 public:
  explicit task_step(std::uint64_t task);
  task_step(const task_step&) = delete;
  task_step& operator=(const task_step&) = delete;
  ~task_step();

 private:
  std::uint64_t task_;
  std::uint64_t outer_;
};

// Figures a program measured itself (report_figure in lesson.hpp), in the order reported.
void figure(const std::string& name, double value);
std::vector<std::pair<std::string, double>> figures();

}  // namespace course::journal
