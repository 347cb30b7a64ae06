#include "course/print.hpp"

#include "course/i18n.hpp"
#include "course/journal.hpp"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <cmath>
#include <cstdio>
#include <cxxabi.h>
#include <memory>

namespace course {

namespace py {

std::string str(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  std::string s(buffer, end);
  // Shortest round trip, as Python's repr; Python adds ".0" to a whole number. (The two choose
  // differently between 1e+16 and 10000000000000000.0 only far beyond any course time.)
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string repr(std::string_view s) {
  const bool has_single = s.find('\'') != std::string_view::npos;
  const bool has_double = s.find('"') != std::string_view::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (const char c : s) {
    if (c == '\\' || c == quote) out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + quote;
}

std::string fixed(double v, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  return buffer;
}

std::string function(std::string_view name, const void* address) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%p", address);
  return "<function " + std::string(name) + " at " + buffer + ">";
}

std::string object(std::string_view type, std::string_view name, const void* address) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%p", address);
  return "<" + std::string(type) + " object " + std::string(name) + " at " + buffer + ">";
}

std::string class_of(const std::type_info& type) {
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> name(
      abi::__cxa_demangle(type.name(), nullptr, nullptr, &status), std::free);
  return "<class '" + std::string(status == 0 ? name.get() : type.name()) + "'>";
}

}  // namespace py

namespace {
int g_stdout_errno = 0;  // the first failed write's reason
}  // namespace

void print_line(std::string line) {
  journal::printed(line);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stdout);
  if (std::fflush(stdout) != 0 && g_stdout_errno == 0) g_stdout_errno = errno;
}

int exit_code_after_writes(const std::string& who, int code, bool stdout_closed) {
  auto failure = write_failure(stdout);
  if (stdout_closed) failure = std::strerror(EBADF);
  if (failure) {
    std::fprintf(stderr, "%s: %s\n", who.c_str(),
                 format(tr("cannot write to stdout: %s"), failure->c_str()).c_str());
    if (code == 0) code = 1;
  }
  if (write_failure(stderr) && code == 0) code = 1;
  return code;
}

std::optional<std::string> write_failure(std::FILE* stream) {
  errno = 0;
  const bool flushed = std::fflush(stream) == 0;
  if (flushed && std::ferror(stream) == 0) return std::nullopt;
  int reason = flushed ? 0 : errno;
  if (stream == stdout && g_stdout_errno != 0) reason = g_stdout_errno;
  return std::string(std::strerror(reason != 0 ? reason : EIO));
}

}  // namespace course
