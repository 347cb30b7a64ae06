#include "lessons.hpp"

#include <course/cli.hpp>
#include <course/i18n.hpp>
#include <course/lesson.hpp>
#include <course/text.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace runner {

using course::format;
using course::tr;

std::vector<std::string> lesson_names() {
  std::vector<std::string> names;
  std::stringstream all(COURSE_LESSON_NAMES);
  for (std::string name; std::getline(all, name, ',');) names.push_back(name);
  return names;
}

fs::path lesson_path(const std::string& name) {
  return fs::read_symlink("/proc/self/exe").parent_path() / "lessons" / name;
}

pid_t spawn(const fs::path& program, const std::vector<std::string>& args,
            const posix_spawn_file_actions_t* actions) {
  std::vector<std::string> words{program.string()};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (::posix_spawn(&pid, argv[0], actions, nullptr, argv.data(), environ) != 0) {
    throw std::runtime_error(format(tr("cannot run %s (is it built?)"), program.string().c_str()));
  }
  return pid;
}

namespace {
// The lesson running now, for the SIGINT handler; 0 when none is.
volatile pid_t g_running = 0;
volatile std::sig_atomic_t g_interrupted = 0;

// A SIGINT sent to the runner alone (kill) is passed on to the lesson, which ends as it does on
// Ctrl-C. A terminal's Ctrl-C reaches the lesson itself, being in the same process group, and is
// not passed on: a second SIGINT would end the lesson at once, before its cleanup.
extern "C" void pass_interrupt_on(int, siginfo_t* info, void*) {
  g_interrupted = 1;
  if (g_running > 0 && info != nullptr && info->si_code == SI_USER) ::kill(g_running, SIGINT);
}
}  // namespace

void pass_interrupts_on() {
  struct sigaction pass_on {};
  pass_on.sa_sigaction = pass_interrupt_on;
  pass_on.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset(&pass_on.sa_mask);
  ::sigaction(SIGINT, &pass_on, nullptr);
}

bool interrupted() { return g_interrupted != 0; }

int wait_for(pid_t pid) {
  g_running = pid;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  g_running = 0;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

namespace {
// A program started with one of its outputs into a pipe, not yet read.
struct capturing {
  pid_t pid;
  int fd;
  std::chrono::steady_clock::time_point start;
};

capturing start_capturing(const fs::path& program, const std::vector<std::string>& args,
                          int capture) {
  int pipe_fds[2];
  // Close-on-exec: a lesson started later does not hold this pipe open.
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], capture);
  posix_spawn_file_actions_addopen(&actions, capture == 1 ? 2 : 1, "/dev/null", O_WRONLY, 0);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  try {
    pid = spawn(program, args, &actions);
  } catch (...) {
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    throw;
  }
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  return {pid, pipe_fds[0], start};
}

finished finish_capturing(const capturing& c) {
  g_running = c.pid;
  finished result;
  char buffer[4096];
  for (ssize_t n; (n = ::read(c.fd, buffer, sizeof buffer)) > 0;) {
    result.captured.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(c.fd);
  result.status = wait_for(c.pid);
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - c.start).count();
  return result;
}

std::vector<program_row> rows_of(const std::string& lesson, const finished& out) {
  if (out.status != 0) throw std::runtime_error(lesson + " --sections failed");
  std::vector<program_row> rows;
  for (const auto& line : split(out.captured, '\n')) {
    const auto f = split(line, '\t');
    if (f.size() != 6) throw std::runtime_error(lesson + " --sections: bad line '" + line + "'");
    rows.push_back({lesson, f[0], f[1], f[2], std::stoi(f[3]), f[4], f[5]});
  }
  return rows;
}
}  // namespace

finished run_capturing(const fs::path& program, const std::vector<std::string>& args, int capture) {
  return finish_capturing(start_capturing(program, args, capture));
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
  return parts;
}

std::vector<program_row> programs_of(const std::string& lesson) {
  return rows_of(lesson, run_capturing(lesson_path(lesson), {"--sections"}, 1));
}

std::vector<program_row> all_programs() {
  // Every lesson is started first and read after: they answer side by side (a second or more
  // under a sanitizer, each).
  std::vector<std::pair<std::string, capturing>> started;
  for (const auto& name : lesson_names()) {
    started.emplace_back(name, start_capturing(lesson_path(name), {"--sections"}, 1));
  }
  std::vector<program_row> rows;
  for (const auto& [name, c] : started) {
    auto some = rows_of(name, finish_capturing(c));
    rows.insert(rows.end(), some.begin(), some.end());
  }
  return rows;
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
  std::cerr << "course: "
            << format(tr("%s (see course --help)"), course::cli::printable(message).c_str())
            << "\n";
  std::exit(2);
}

std::string close_matches(const std::string& wanted, const std::vector<std::string>& candidates) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  std::vector<std::string> unique = candidates;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  for (const auto& c : unique) {
    // A candidate that holds what was typed is as close as can be: 取消 finds 取消任务.
    scored.emplace_back(c.find(wanted) != std::string::npos ? 0 : edit_distance(wanted, c), c);
  }
  std::sort(scored.begin(), scored.end());  // by distance, then by name
  std::string out;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) {
    if (scored[i].first > std::max<std::size_t>(2, wanted.size() / 2)) break;
    out += (out.empty() ? "" : ", ") + scored[i].second;
  }
  return out.empty() ? "" : format(tr("; did you mean %s?"), out.c_str());
}

fs::path source_dir() { return COURSE_SOURCE_DIR; }

std::size_t terminal_columns() {
  const auto columns = course::text::columns_of(STDOUT_FILENO);
  return columns == 0 ? 80 : columns;
}

namespace {

// A heading as typed or as written: no backticks, spaces trimmed and single.
std::string normalised(const std::string& heading) {
  std::string out;
  for (const char c : heading) {
    if (c == '`') continue;
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct heading {
  int level;
  std::string text;
};

// The headings of note NNN (its file in the notes' folder), outside code blocks; empty when the
// notes are not there.
std::vector<heading> note_headings(const std::string& number) {
  std::vector<heading> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(COURSE_NOTES_DIR, ec)) {
    if (!entry.path().filename().string().starts_with(number + "_")) continue;
    std::ifstream in(entry.path());
    bool code = false;
    for (std::string line; std::getline(in, line);) {
      if (line.starts_with("```")) code = !code;
      if (code || !line.starts_with("#")) continue;
      const auto text = line.find_first_not_of('#');
      if (text == std::string::npos) continue;
      out.push_back({static_cast<int>(text), normalised(line.substr(text))});
    }
  }
  return out;
}

}  // namespace

std::vector<program_row> programs_under(const std::string& command, const std::string& note,
                                        const std::vector<std::string>& words) {
  const auto rows = all_programs();
  std::vector<std::string> notes;
  std::vector<std::string> sections;
  for (const auto& r : rows) {
    if (r.note == course::beyond_the_notes) continue;
    const auto number = r.note.substr(0, 3);
    if (std::find(notes.begin(), notes.end(), number) == notes.end()) notes.push_back(number);
    if (number == note &&
        std::find(sections.begin(), sections.end(), r.section) == sections.end()) {
      sections.push_back(r.section);
    }
  }
  std::sort(notes.begin(), notes.end());
  if (sections.empty()) {
    std::string all;
    for (const auto& n : notes) all += (all.empty() ? "" : ", ") + n;
    usage_error(format(tr("%s: there is no note %s (the notes: %s)"), command.c_str(), note.c_str(),
                       all.c_str()));
  }
  std::string listed;
  for (const auto& s : sections) listed += "\n  " + s;
  if (words.empty()) {
    // A usage error, with the headings to choose from on the lines after it.
    std::cerr << "course: "
              << format(tr("%s %s: which section? The note's sections with programs:%s"),
                        command.c_str(), note.c_str(), listed.c_str())
              << "\n";
    std::exit(2);
  }
  const auto wanted = normalised(words[0]);
  std::vector<program_row> chosen;
  for (const auto& r : rows) {
    if (r.note.starts_with(note) && normalised(r.section) == wanted) chosen.push_back(r);
  }
  if (!chosen.empty()) return chosen;

  // A heading with prose only: the programs under the headings inside it illustrate it.
  const auto headings = note_headings(note);
  const auto at = std::find_if(headings.begin(), headings.end(),
                               [&](const heading& h) { return h.text == wanted; });
  if (at != headings.end()) {
    // In the note's order: heading by heading, and under one heading in the lessons' order.
    std::string shown;
    for (auto h = at + 1; h != headings.end() && h->level > at->level; ++h) {
      for (const auto& r : rows) {
        if (r.note.starts_with(note) && normalised(r.section) == h->text) {
          shown += "\n  " + r.section + ": course " + command + " " + r.lesson + " --variant " +
                   r.variant;
        }
      }
    }
    if (shown.empty()) {
      std::cerr << format(tr("course: note %s's section '%s' is prose only, and no program "
                             "illustrates it. The note's sections with programs:%s"),
                          note.c_str(), words[0].c_str(), listed.c_str())
                << "\n";
    } else {
      std::cerr << format(tr("course: note %s's section '%s' has no program of its own; the "
                             "programs under it:%s"),
                          note.c_str(), words[0].c_str(), shown.c_str())
                << "\n";
    }
    std::exit(0);
  }
  std::vector<std::string> candidates;
  for (const auto& h : headings) candidates.push_back(h.text);
  if (candidates.empty()) candidates = sections;
  usage_error(format(tr("note %s has no section '%s'"), note.c_str(), words[0].c_str()) +
              close_matches(wanted, candidates));
}

}  // namespace runner
