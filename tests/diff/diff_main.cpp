// diff_cases NAME (--virtual-time | --speed X): runs one case of the differential suite and
// prints its records: each line printed ("T line"), each report of the loop ("T ! what"), how the
// run ended ("= result: R", "= exception: Type: message", "= cancelled", "= stalled"), then the
// exceptions never retrieved ("! Task exception was never retrieved: Type: message"), sorted.
// Exit 0 whatever the case did; 2 for a bad command line; 3 for a case that does not exist.
#include "diff_case.hpp"

#include <course/records.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

namespace course::diff {

namespace {
std::map<std::string, std::function<std::string()>>& cases() {
  static std::map<std::string, std::function<std::string()>> all;
  return all;
}

std::string ended(const std::function<std::string()>& program) {
  try {
    return "= result: " + program();
  } catch (...) {
    return records::ended_with(std::current_exception());
  }
}
}  // namespace

bool add(const char* name, std::function<std::string()> program) {
  cases().emplace(name, std::move(program));
  return true;
}

}  // namespace course::diff

int main(int argc, char** argv) {
  using namespace course;
  const std::string usage = "usage: diff_cases NAME (--virtual-time | --speed X) | --list";
  if (argc == 2 && std::string(argv[1]) == "--list") {
    for (const auto& [name, program] : diff::cases()) std::printf("%s\n", name.c_str());
    return 0;
  }
  if (argc < 3) {
    std::fprintf(stderr, "%s\n", usage.c_str());
    return 2;
  }
  const std::string name = argv[1], mode = argv[2];
  if (mode == "--virtual-time" && argc == 3) {
    use_virtual_time();
  } else if (mode == "--speed" && argc == 4) {
    char* end = nullptr;
    const double speed = std::strtod(argv[3], &end);
    if (*end != '\0' || !(speed > 0)) {
      std::fprintf(stderr, "%s\n", usage.c_str());
      return 2;
    }
    use_real_time(speed);
  } else {
    std::fprintf(stderr, "%s\n", usage.c_str());
    return 2;
  }
  const auto found = diff::cases().find(name);
  if (found == diff::cases().end()) {
    std::fprintf(stderr, "diff_cases: no such case: %s\n", name.c_str());
    return 3;
  }
  std::string end;
  {
    const records::silenced_stdout silenced;
    journal::clear();
    start_program();
    end = diff::ended(found->second);
  }
  records::write(stdout, end);
  return 0;
}
