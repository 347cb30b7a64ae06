// print() as Python has it, and the Python spellings the transcripts need.
//
// Every line a lesson prints goes to stdout, flushed, and into the journal with its course time,
// so the companion can compare it with the note afterwards.
#pragma once

#include <concepts>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <vector>

namespace course {

namespace py {
// str(x) for the types the lessons print.
inline std::string str(std::string s) { return s; }
inline std::string str(std::string_view s) { return std::string(s); }
inline std::string str(const char* s) { return s; }
inline std::string str(bool b) { return b ? "True" : "False"; }
template <std::integral T>
requires(!std::same_as<T, bool> && !std::same_as<T, char>) std::string str(T v) {
  return std::to_string(v);
}
std::string str(double v);  // Python's shortest round-trip repr: 2.0, 0.1, 1.0000002

// repr(x): strings get Python's quotes.
std::string repr(std::string_view s);
inline std::string repr(const std::string& s) { return repr(std::string_view(s)); }
inline std::string repr(const char* s) { return repr(std::string_view(s)); }
template <typename T>
requires(!std::convertible_to<T, std::string_view>) std::string repr(const T& v) { return str(v); }

// str(list) and str(tuple): ['hello - 1', 'world - 2'], (2,)
template <typename T>
std::string list(const std::vector<T>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + repr(items[i]);
  return out + "]";
}
template <typename... T>
std::string tuple(const T&... items) {
  std::string out = "(";
  std::size_t i = 0;
  ((out += (i++ ? ", " : "") + repr(items)), ...);
  return out + (sizeof...(T) == 1 ? ",)" : ")");
}

// f"{x:.2f}"
std::string fixed(double v, int decimals);

// What Python shows for an object: <function delay at 0x...>, <class '...'>.
std::string function(std::string_view name, const void* address);
// <TYPE object NAME at 0x...>, as Python shows a coroutine object.
std::string object(std::string_view type, std::string_view name, const void* address);
std::string class_of(const std::type_info& type);
}  // namespace py

// The line as Python's print(*args) writes it: str() of each, separated by spaces.
void print_line(std::string line);

// Whether a write to stream failed (a full disk, a closed descriptor): the reason, as strerror
// gives it, or nullopt. Python ends with exit 1 when its output cannot be written; so does a
// lesson, saying why on stderr when stderr still works.
std::optional<std::string> write_failure(std::FILE* stream);
// The exit code `who` (a lesson, or the runner) ends with: `code`, or 1 when it was 0 and a write
// to stdout or stderr failed, said on stderr ("cannot write to stdout: ..."). stdout_closed: it
// was closed at the start (and replaced, for the programs the runner starts).
int exit_code_after_writes(const std::string& who, int code, bool stdout_closed = false);

template <typename... Args>
void print(const Args&... args) {
  std::string line;
  std::size_t i = 0;
  ((line += (i++ ? " " : "") + py::str(args)), ...);
  print_line(std::move(line));
}

}  // namespace course
