// Pictures of one program's run, drawn from its journal: a timeline (--timeline) and a mermaid
// sequence diagram (--mermaid FILE). Both read only recorded events, so they are as exact as the
// clock: in virtual time they draw the schedule itself.
#pragma once

#include "course/journal.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace course::pictures {

// One task's life, as the timeline draws it: a row from creation to its end.
struct task_row {
  enum class ending { running, done, failed, cancelled };
  std::uint64_t id = 0;  // 0: the row of lines printed outside any task
  std::string name;
  std::string coroutine = {};  // its coroutine's name, when the lesson gave it (use_task.of)
  double created = 0;
  double started = -1;  // -1: never started (cancelled before it ran)
  double ended = -1;    // -1: still running when the program ended
  ending how = ending::running;
  std::vector<std::pair<double, std::string>> printed = {};  // when, and the line

  // What the pictures call it: Task-2 task1, as the note's diagrams name tasks by coroutine.
  std::string label() const { return coroutine.empty() ? name : name + " " + coroutine; }
};

std::vector<task_row> task_rows(const std::vector<journal::entry>& entries);

// The Gantt chart: a row a task on an axis from 0 to `end` course seconds, `width` columns in all,
// then the printed lines with their times and tasks.
std::string timeline(const std::vector<journal::entry>& entries, double end, int width);

// One message of the sequence diagram, before it is written out in mermaid's syntax.
struct message {
  enum class kind { create, start, wake, await, print, cancel, done, failed, cancelled };
  kind what;
  double at;
  std::uint64_t from;  // a task id; 0 is the loop
  std::uint64_t to;
  std::string text;  // the printed line, for print
};

// The events worth drawing: steps that only hand over to another task's step, and a task's
// suspension and resumption at the same moment with nothing in between, are left out.
std::vector<message> messages(const std::vector<journal::entry>& entries);

// A mermaid sequenceDiagram of the run: the loop and the tasks as participants.
std::string mermaid(const std::vector<journal::entry>& entries, const std::string& title);

// The width of the picture on stderr: COLUMNS, else the terminal's, else 80; from 40 to
// text::max_columns (400) whatever COLUMNS says.
int terminal_width();

}  // namespace course::pictures
