#include "course/journal.hpp"

#include "course/clock.hpp"

#include <deque>
#include <mutex>
#include <utility>

namespace course::journal {
namespace {
// One entry, 24 bytes: its text is an index into the texts (0: none).
struct record {
  double at;
  std::uint32_t task;
  std::uint32_t by;
  std::uint32_t text;
  kind what;
};

std::mutex g_mutex;  // a lesson may print from a thread pool
depth g_depth = depth::events;
// Deques: they grow without moving what they hold, so a string_view into a text stays valid.
std::deque<record> g_records;
std::deque<std::string> g_texts{std::string()};
std::vector<std::uint32_t> g_name_text;  // task id -> the text of its name, as last journaled
std::vector<std::pair<std::string, double>> g_figures;
thread_local std::uint64_t t_current_task = 0;
thread_local std::uint64_t t_outermost_step = 0;

bool kept(kind what) {
  switch (what) {
    case kind::printed:
    case kind::reported:
    case kind::task_created:
    case kind::task_done:
    case kind::task_failed:
    case kind::task_cancelled:
      return true;
    default:
      return g_depth == depth::steps;
  }
}

std::uint32_t text_of(const std::string& text) {
  if (text.empty()) return 0;
  g_texts.push_back(text);
  return static_cast<std::uint32_t>(g_texts.size() - 1);
}

// A task's name is kept once, however many of its events name it.
std::uint32_t name_of(std::uint64_t task, const std::string& name) {
  if (task < g_name_text.size() && g_name_text[task] != 0 && g_texts[g_name_text[task]] == name) {
    return g_name_text[task];
  }
  const auto text = text_of(name);
  if (task >= g_name_text.size()) g_name_text.resize(task + 1, 0);
  g_name_text[task] = text;
  return text;
}

// Its callers leave out what the depth does not keep, before the clock is read.
void add(kind what, std::uint64_t task, const std::string& text, bool is_name) {
  const double at = program_seconds();
  const std::lock_guard lock(g_mutex);
  g_records.push_back({at, static_cast<std::uint32_t>(task),
                       static_cast<std::uint32_t>(t_current_task),
                       is_name ? name_of(task, text) : text_of(text), what});
}
}  // namespace

void clear() {
  const std::lock_guard lock(g_mutex);
  g_records.clear();
  g_texts.resize(1);
  g_name_text.clear();
  g_figures.clear();
}

void printed(const std::string& line) { add(kind::printed, t_current_task, line, false); }

void reported(const std::string& text) { add(kind::reported, t_current_task, text, false); }

std::uint64_t current_task() noexcept { return t_current_task; }

// A step inside a step of the same task (asio dispatching inline) is part of the outer one.
task_step::task_step(std::uint64_t task) : task_(task), outer_(t_current_task) {
  if (outer_ == task_) return;
  if (g_depth == depth::steps) add(kind::task_resumed, task, {}, false);
  if (outer_ == 0) t_outermost_step = task;
  t_current_task = task;
}

task_step::~task_step() {
  if (outer_ == task_) return;
  t_current_task = outer_;
  if (g_depth == depth::steps) add(kind::task_suspended, task_, {}, false);
}

void task_event(kind what, std::uint64_t task, const std::string& name) {
  if (!kept(what)) return;
  add(what, task, name, what != kind::task_coroutine);
}

void begin_program(depth d) {
  clear();
  g_depth = d;
  start_program();
}

std::uint64_t take_last_step() noexcept { return std::exchange(t_outermost_step, 0); }

std::string task_name(std::uint64_t task) {
  const std::lock_guard lock(g_mutex);
  for (const auto& r : g_records) {
    if (r.what == kind::task_created && r.task == task) return g_texts[r.text];
  }
  return {};
}

std::vector<entry> entries() {
  const std::lock_guard lock(g_mutex);
  std::vector<entry> out;
  out.reserve(g_records.size());
  for (const auto& r : g_records) out.push_back({r.at, r.what, r.task, g_texts[r.text], r.by});
  return out;
}

void figure(const std::string& name, double value) {
  const std::lock_guard lock(g_mutex);
  g_figures.emplace_back(name, value);
}

std::vector<std::pair<std::string, double>> figures() {
  const std::lock_guard lock(g_mutex);
  return g_figures;
}

}  // namespace course::journal
