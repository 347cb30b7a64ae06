// A run as records: the transcript with each line's time, the loop's reports, and how the run
// ended, in the format tests/diff/vloop.py gives CPython's runs (tests/diff/README.md):
//
//   1.000 text                          a line printed at course second 1.000
//   1.000 ! Exception in callback: ...  a report of the loop (the default exception handler)
//   = finished | = result: R | = exception: Type: message | = cancelled | = stalled
//   ! Task exception was never retrieved: Type: message    (after the end, sorted, no time)
//
// `course compare` and the differential suite set CPython's records beside these.
#pragma once

#include <cstdio>
#include <exception>
#include <string>

namespace course::records {

// While it lives, the program's own stdout goes to /dev/null: its lines come back from the
// journal, timed, when the records are written after it.
class silenced_stdout {
 public:
  silenced_stdout();
  silenced_stdout(const silenced_stdout&) = delete;
  silenced_stdout& operator=(const silenced_stdout&) = delete;
  ~silenced_stdout();

 private:
  int saved_;
};

// The end record of a run that raised e: "= exception: Type: message", "= cancelled" or
// "= stalled".
std::string ended_with(std::exception_ptr e);

// Writes the journal's records of the run, then `end`, then the never-retrieved reports.
void write(std::FILE* out, const std::string& end);

}  // namespace course::records
