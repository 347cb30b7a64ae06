#include "course/records.hpp"

#include "course/errors.hpp"
#include "course/journal.hpp"
#include "course/loop.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

namespace course::records {

silenced_stdout::silenced_stdout() {
  std::fflush(stdout);
  saved_ = ::dup(STDOUT_FILENO);
  const int devnull = ::open("/dev/null", O_WRONLY);
  ::dup2(devnull, STDOUT_FILENO);
  ::close(devnull);
}

silenced_stdout::~silenced_stdout() {
  std::fflush(stdout);
  ::dup2(saved_, STDOUT_FILENO);
  ::close(saved_);
}

std::string ended_with(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const stalled_error&) {
    return "= stalled";
  } catch (...) {
  }
  if (is_cancellation(e)) return "= cancelled";
  return "= exception: " + py::exception_name(e) + ": " + py::exception_message(e);
}

void write(std::FILE* out, const std::string& end) {
  std::vector<std::string> never_retrieved;
  for (const auto& e : journal::entries()) {
    const auto size = static_cast<int>(e.text.size());
    if (e.what == journal::kind::printed) {
      std::fprintf(out, "%.3f %.*s\n", e.at, size, e.text.data());
    } else if (e.what == journal::kind::reported) {
      if (e.text.find("exception was never retrieved") != std::string::npos) {
        never_retrieved.push_back("! " + std::string(e.text));
      } else {
        std::fprintf(out, "%.3f ! %.*s\n", e.at, size, e.text.data());
      }
    }
  }
  std::fprintf(out, "%s\n", end.c_str());
  std::sort(never_retrieved.begin(), never_retrieved.end());
  for (const auto& line : never_retrieved) std::fprintf(out, "%s\n", line.c_str());
  std::fflush(out);
}

}  // namespace course::records
