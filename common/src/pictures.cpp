#include "course/pictures.hpp"

#include "course/i18n.hpp"
#include "course/text.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <tuple>

namespace course::pictures {

using journal::entry;
using journal::kind;

std::vector<task_row> task_rows(const std::vector<entry>& entries) {
  std::vector<task_row> rows;
  std::map<std::uint64_t, std::size_t> index;
  task_row loose{.id = 0, .name = tr("(no task)")};
  for (const auto& e : entries) {
    if (e.what == kind::task_created) {
      index[e.task] = rows.size();
      rows.push_back({.id = e.task, .name = std::string(e.text), .created = e.at});
      continue;
    }
    if (e.what == kind::printed) {
      auto it = index.find(e.task);
      (it == index.end() ? loose : rows[it->second]).printed.emplace_back(e.at, e.text);
      continue;
    }
    auto it = index.find(e.task);
    if (it == index.end()) continue;
    auto& row = rows[it->second];
    if (e.what == kind::task_coroutine) row.coroutine = e.text;
    switch (e.what) {
      case kind::task_started:
        row.started = e.at;
        break;
      case kind::task_done:
        row.ended = e.at;
        row.how = task_row::ending::done;
        break;
      case kind::task_failed:
        row.ended = e.at;
        row.how = task_row::ending::failed;
        break;
      case kind::task_cancelled:
        row.ended = e.at;
        row.how = task_row::ending::cancelled;
        break;
      default:
        break;
    }
  }
  if (!loose.printed.empty()) rows.insert(rows.begin(), std::move(loose));
  return rows;
}

namespace {

std::string seconds_text(double t) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f s", t);
  return buffer;
}

// A tick spacing from 1, 2, 5 times a power of ten, giving at most `most` ticks up to `end`.
double tick_step(double end, int most) {
  double step = 0.01;
  for (int i = 0; end / step > most; ++i) step *= (i % 3 == 1) ? 2.5 : 2;
  return step;
}

std::string tick_label(double t) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", std::round(t * 100) / 100);
  return buffer;
}

}  // namespace

std::string timeline(const std::vector<entry>& entries, double end, int width) {
  const auto rows = task_rows(entries);
  for (const auto& e : entries) end = std::max(end, e.at);
  const double span = end > 0 ? end : 1;
  std::size_t label = 4;
  for (const auto& r : rows) label = std::max(label, text::display_width(r.label()));
  label = std::min<std::size_t>(label, 24) + 2;
  const int plot = std::max(20, width - static_cast<int>(label) - 1);
  const auto column = [&](double t) {
    return static_cast<std::size_t>(std::lround(std::clamp(t / span, 0.0, 1.0) * (plot - 1)));
  };

  std::string out = text::wrap(tr("timeline (course seconds; \u00b7 created, \u2500 running or "
                                  "waiting, \u25c6 a line printed, \u25cf done, \u2717 failed, "
                                  "\u2298 cancelled)"),
                               static_cast<std::size_t>(width), 2) +
                    "\n";
  // The axis: tick labels, then the ruler.
  const double step = tick_step(span, std::max(1, plot / 8));
  std::string labels(label, ' ');
  std::vector<std::string> ruler(static_cast<std::size_t>(plot), "\u2500");
  std::size_t used = 0;
  for (double t = 0; t <= span + 1e-9; t += step) {
    const auto c = column(t);
    ruler[c] = "\u253c";
    const auto text = tick_label(t);
    if (c >= used) {
      labels += std::string(c - used, ' ') + text;
      used = c + text.size();
    }
  }
  out += labels + "\n" + std::string(label, ' ');
  for (const auto& cell : ruler) out += cell;
  out += "\n";

  for (const auto& r : rows) {
    std::vector<std::string> cells(static_cast<std::size_t>(plot), " ");
    if (r.id != 0) {
      const double stop = r.ended >= 0 ? r.ended : span;
      const double run_from = r.started >= 0 ? r.started : stop;
      for (auto c = column(r.created); c <= column(run_from) && c < cells.size(); ++c) {
        cells[c] = "\u00b7";
      }
      if (r.started >= 0) {
        for (auto c = column(r.started); c <= column(stop) && c < cells.size(); ++c) {
          cells[c] = "\u2500";
        }
      }
    }
    for (const auto& [at, line] : r.printed) cells[column(at)] = "\u25c6";
    if (r.ended >= 0) {
      cells[column(r.ended)] = r.how == task_row::ending::done     ? "\u25cf"
                               : r.how == task_row::ending::failed ? "\u2717"
                                                                   : "\u2298";
    }
    const auto name = r.label();
    out +=
        text::pad(text::display_width(name) > label - 2 ? name.substr(0, label - 2) : name, label);
    for (const auto& cell : cells) out += cell;
    out += "\n";
  }

  // The lines, by time, with the task that printed them.
  // (std::stable_sort would do, but with libstdc++ 12 clang 19 deprecates what it uses.)
  std::vector<std::tuple<double, std::size_t, std::string, std::string>> lines;
  for (const auto& r : rows) {
    for (const auto& [at, line] : r.printed) lines.emplace_back(at, lines.size(), r.label(), line);
  }
  std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  for (const auto& [at, order, who, line] : lines) {
    out += "  \u25c6 " + seconds_text(at) + "  " + text::pad(who, label) + line + "\n";
  }
  return out;
}

std::vector<message> messages(const std::vector<entry>& entries) {
  // Steps of one task that only hand over to a step of another (asio dispatching a completion
  // to the handler's own executor) are not the first task's: drop both ends of them.
  std::vector<bool> skip(entries.size(), false);
  std::vector<std::size_t> open;  // indexes of resumed entries not yet matched
  std::map<std::size_t, std::size_t> match;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].what == kind::task_resumed) open.push_back(i);
    if (entries[i].what == kind::task_suspended && !open.empty()) {
      match[open.back()] = i;
      open.pop_back();
    }
  }
  for (const auto& [begin, end] : match) {
    const auto inner = begin + 1;
    const auto it = match.find(inner);
    if (it != match.end() && it->second + 1 == end && entries[inner].task != entries[begin].task) {
      skip[begin] = skip[end] = true;
    }
  }

  std::vector<message> out;
  std::map<std::uint64_t, bool> started, done;
  std::vector<message> pending;  // awaits not yet drawn: dropped if the task resumes at once
  const auto emit = [&](message m) {
    for (auto& p : pending) out.push_back(std::move(p));
    pending.clear();
    out.push_back(std::move(m));
  };
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (skip[i]) continue;
    const auto& e = entries[i];
    switch (e.what) {
      case kind::task_created:
        emit({message::kind::create, e.at, e.by, e.task, {}});
        break;
      case kind::task_started:
        started[e.task] = true;
        emit({message::kind::start, e.at, 0, e.task, {}});
        break;
      case kind::task_resumed: {
        if (!started[e.task] || done[e.task]) break;
        auto it = std::find_if(pending.begin(), pending.end(),
                               [&](const message& m) { return m.from == e.task && m.at == e.at; });
        if (it != pending.end()) {
          pending.erase(it);  // suspended and resumed at once, nothing in between: no await
          break;
        }
        emit({message::kind::wake, e.at, 0, e.task, {}});
        break;
      }
      case kind::task_suspended:
        if (started[e.task] && !done[e.task]) {
          pending.push_back({message::kind::await, e.at, e.task, 0, {}});
        }
        break;
      case kind::printed:
        emit({message::kind::print, e.at, e.task, e.task, std::string(e.text)});
        break;
      case kind::task_cancel_requested:
        emit({message::kind::cancel, e.at, e.by, e.task, {}});
        break;
      case kind::task_done:
      case kind::task_failed:
      case kind::task_cancelled: {
        done[e.task] = true;
        std::erase_if(pending, [&](const message& m) { return m.from == e.task; });
        const auto how = e.what == kind::task_done     ? message::kind::done
                         : e.what == kind::task_failed ? message::kind::failed
                                                       : message::kind::cancelled;
        emit({how, e.at, e.task, 0, {}});
        break;
      }
      case kind::reported:  // stderr's, not the picture's
      case kind::task_coroutine:
        break;
    }
  }
  for (auto& p : pending) out.push_back(std::move(p));
  return out;
}

namespace {

// Message text in mermaid: '#' and ';' are its own, written as entity codes.
std::string mermaid_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '#') {
      out += "#35;";
    } else if (c == ';') {
      out += "#59;";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string who(std::uint64_t task) { return task == 0 ? "L" : "T" + std::to_string(task); }

}  // namespace

std::string mermaid(const std::vector<entry>& entries, const std::string& title) {
  std::string out = "---\ntitle: \"" + mermaid_text(title) + "\"\n---\nsequenceDiagram\n";
  out += "    participant L as loop\n";
  for (const auto& r : task_rows(entries)) {
    if (r.id != 0) out += "    participant " + who(r.id) + " as " + mermaid_text(r.label()) + "\n";
  }
  for (const auto& m : messages(entries)) {
    const std::string at = " (" + seconds_text(m.at) + ")";
    switch (m.what) {
      case message::kind::create:
        out += "    " + who(m.from) + "->>" + who(m.to) + ": create_task" + at + "\n";
        break;
      case message::kind::start:
        out += "    L->>" + who(m.to) + ": start" + at + "\n";
        break;
      case message::kind::wake:
        out += "    L->>" + who(m.to) + ": wake" + at + "\n";
        break;
      case message::kind::await:
        out += "    " + who(m.from) + "-->>L: await" + at + "\n";
        break;
      case message::kind::print:
        out += "    Note over " + who(m.from) + ": " + seconds_text(m.at) + " print " +
               mermaid_text(m.text) + "\n";
        break;
      case message::kind::cancel:
        out += "    " + who(m.from) + "-x" + who(m.to) + ": cancel" + at + "\n";
        break;
      case message::kind::done:
        out += "    " + who(m.from) + "-->>L: done" + at + "\n";
        break;
      case message::kind::failed:
        out += "    " + who(m.from) + "--xL: failed" + at + "\n";
        break;
      case message::kind::cancelled:
        out += "    " + who(m.from) + "--xL: cancelled" + at + "\n";
        break;
    }
  }
  return out;
}

int terminal_width() {
  const auto columns = text::columns_of(STDERR_FILENO);
  return columns == 0 ? 80 : static_cast<int>(std::max<std::size_t>(columns, 40));
}

}  // namespace course::pictures
