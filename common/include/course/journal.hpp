// The journal of one program: every transcript line and every task's life, with course times.
// The companion's comparison reads it after the run; the timeline and diagrams will draw it.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace course::journal {

enum class kind { printed, task_created, task_started, task_done, task_failed, task_cancelled };

struct entry {
  double at;  // course seconds since the program started
  kind what;
  std::uint64_t task;  // 0 for lines printed outside any task bookkeeping
  std::string text;    // the line, or the task's name
};

void clear();
void printed(const std::string& line);
void task_event(kind what, std::uint64_t task, const std::string& name);
std::vector<entry> entries();

// Figures a program measured itself (report_figure in lesson.hpp), in the order reported.
void figure(const std::string& name, double value);
std::vector<std::pair<std::string, double>> figures();

}  // namespace course::journal
