#include "lessons.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace runner {


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
    throw std::runtime_error("cannot run " + program.string() + " (is it built?)");
  }
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

finished run_capturing(const fs::path& program, const std::vector<std::string>& args,
                       int capture) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], capture);
  posix_spawn_file_actions_addopen(&actions, capture == 1 ? 2 : 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
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
  finished result;
  char buffer[4096];
  for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) {
    result.captured.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(pipe_fds[0]);
  result.status = wait_for(pid);
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
  return parts;
}

std::vector<program_row> programs_of(const std::string& lesson) {
  const auto out = run_capturing(lesson_path(lesson), {"--sections"}, 1);
  if (out.status != 0) throw std::runtime_error(lesson + " --sections failed");
  std::vector<program_row> rows;
  for (const auto& line : split(out.captured, '\n')) {
    const auto f = split(line, '\t');
    if (f.size() != 6) throw std::runtime_error(lesson + " --sections: bad line '" + line + "'");
    rows.push_back({lesson, f[0], f[1], f[2], std::stoi(f[3]), f[4], f[5]});
  }
  return rows;
}

std::vector<program_row> all_programs() {
  std::vector<program_row> rows;
  for (const auto& name : lesson_names()) {
    auto some = programs_of(name);
    rows.insert(rows.end(), some.begin(), some.end());
  }
  return rows;
}

std::size_t display_width(const std::string& s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned code = length == 1 ? c : c & (0x3Fu >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < s.size(); ++k) {
      code = (code << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    }
    width += code >= 0x2E80 && code <= 0xFFEF ? 2 : 1;
    i += length;
  }
  return width;
}

std::string pad(const std::string& s, std::size_t width) {
  const auto w = display_width(s);
  return s + std::string(w < width ? width - w : 1, ' ');
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
  std::cerr << "course: " << message << " (see course --help)\n";
  std::exit(2);
}

std::string close_matches(const std::string& wanted, const std::vector<std::string>& candidates) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& c : candidates) {
    // A candidate that holds what was typed is as close as can be: 取消 finds 取消任务.
    scored.emplace_back(c.find(wanted) != std::string::npos ? 0 : edit_distance(wanted, c), c);
  }
  std::sort(scored.begin(), scored.end());  // by distance, then by name
  std::string out;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) {
    if (scored[i].first > std::max<std::size_t>(2, wanted.size() / 2)) break;
    out += (out.empty() ? "" : ", ") + scored[i].second;
  }
  return out.empty() ? "" : "; did you mean " + out + "?";
}

fs::path source_dir() { return COURSE_SOURCE_DIR; }

std::size_t terminal_columns() {
  std::size_t columns = 0;
  if (const char* env = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long n = std::strtol(env, &end, 10);
    if (*end == '\0' && n > 0) columns = static_cast<std::size_t>(std::min(n, 400L));
  }
  winsize size{};
  if (columns == 0 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    columns = size.ws_col;
  }
  return std::min<std::size_t>(columns == 0 ? 80 : columns, 400);
}

}  // namespace runner
