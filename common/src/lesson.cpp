#include "course/lesson.hpp"

#include "course/clock.hpp"
#include "course/journal.hpp"
#include "course/loop.hpp"
#include "course/pictures.hpp"
#include "course/records.hpp"
#include "course/run.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace course {

claim printed_at(std::string line, double at, int occurrence) {
  return claim{.what = claim::kind::line, .subject = std::move(line), .occurrence = occurrence,
               .at = at};
}
claim ends_at(double at) { return claim{.what = claim::kind::end, .at = at}; }
claim tasks_created(int n) {
  return claim{.what = claim::kind::tasks, .at = static_cast<double>(n)};
}
claim task_done_at(std::string task, double at) {
  return claim{.what = claim::kind::task_done, .subject = std::move(task), .at = at};
}
claim task_cancelled_at(std::string task, double at) {
  return claim{.what = claim::kind::task_cancelled, .subject = std::move(task), .at = at};
}
claim figure_between(std::string name, double ideal, double low, double high) {
  return claim{.what = claim::kind::figure, .subject = std::move(name), .at = ideal, .low = low,
               .high = high};
}
void report_figure(const std::string& name, double value) { journal::figure(name, value); }

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

namespace {
// A finite number from low to high, written in full; else std::invalid_argument.
double parse_number(const std::string& text, double low, double high) {
  char* end = nullptr;
  const double x = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !std::isfinite(x) || x < low || x > high) {
    char expected[96];
    std::snprintf(expected, sizeof expected, "expected a number from %g to %g, got '", low, high);
    throw std::invalid_argument(expected + text + "'");
  }
  return x;
}
}  // namespace

option number_option(std::string flag, std::string help, double* value, double low, double high) {
  return option{.flag = std::move(flag), .help = std::move(help), .type_name = "X",
                .set = [value, low, high](const std::string& text) {
                  *value = parse_number(text, low, high);
                }};
}

void say(const std::string& line) {
  std::fflush(stdout);
  std::fprintf(stderr, "%s\n", line.c_str());
}

namespace {

// How far a measured time may stray from CPython's, in course seconds. Timers never fire early,
// so early is only rounding; late allows for a loaded machine: 50 ms of course time plus 30 ms of
// real time (which --speed stretches into more course time).
struct tolerance {
  double early;
  double late;
};

tolerance current_tolerance() {
  if (is_virtual()) return {1e-6, 1e-6};
  return {0.001, 0.05 + 0.03 * speed()};
}

std::optional<double> measured(const claim& c, const std::vector<journal::entry>& entries,
                               double end) {
  using k = journal::kind;
  if (c.what == claim::kind::figure) {
    std::optional<double> last;
    for (const auto& [name, value] : journal::figures()) {
      if (name == c.subject) last = value;
    }
    return last;
  }
  int seen = 0;
  for (const auto& e : entries) {
    switch (c.what) {
      case claim::kind::line:
        if (e.what == k::printed && std::string_view(e.text).starts_with(c.subject) &&
            ++seen == c.occurrence) {
          return e.at;
        }
        break;
      case claim::kind::task_done:
        if ((e.what == k::task_done || e.what == k::task_failed) && e.text == c.subject) {
          return e.at;
        }
        break;
      case claim::kind::task_cancelled:
        if (e.what == k::task_cancelled && e.text == c.subject) return e.at;
        break;
      case claim::kind::tasks:
        seen += e.what == k::task_created;
        break;
      case claim::kind::end:
      case claim::kind::figure:
        break;
    }
  }
  if (c.what == claim::kind::end) return end;
  if (c.what == claim::kind::tasks) return seen;
  return std::nullopt;
}

std::string describe(const claim& c) {
  switch (c.what) {
    case claim::kind::line: {
      std::string s = "\u201c" + c.subject + "\u201d";
      if (c.occurrence > 1) s += " (#" + std::to_string(c.occurrence) + ")";
      return s;
    }
    case claim::kind::end:
      return "the program ends";
    case claim::kind::tasks:
      return "tasks created, main's included";
    case claim::kind::task_done:
      return c.subject + " ends";
    case claim::kind::task_cancelled:
      return c.subject + " ends cancelled";
    case claim::kind::figure: {
      char bounds[64];
      std::snprintf(bounds, sizeof bounds, " (%g to %g)", c.low, c.high);
      return c.subject + bounds;
    }
  }
  return {};
}

std::string mode_name() {
  if (is_virtual()) return "virtual time";
  if (speed() == 1.0) return "real time";
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "real time at --speed %g", speed());
  return buffer;
}

// Returns how many claims were missed.
int compare(const program& p, double end) {
  const auto entries = journal::entries();
  const auto tol = current_tolerance();
  int missed = 0;
  std::fprintf(stderr, "  CPython  measured\n");
  for (const auto& c : p.claims) {
    const auto m = measured(c, entries, end);
    const bool count = c.what == claim::kind::tasks;
    const bool figure = c.what == claim::kind::figure;
    const bool ok = m && (count    ? *m == c.at
                          : figure ? *m >= c.low && *m <= c.high
                                   : *m >= c.at - tol.early && *m <= c.at + tol.late);
    if (!ok) ++missed;
    char row[64];
    if (m && figure) {
      std::snprintf(row, sizeof row, "  %5.2f    %6.2f    %-7s", c.at, *m, ok ? "ok" : "MISSED");
    } else if (m && count) {
      std::snprintf(row, sizeof row, "  %5.0f    %6.0f    %-7s", c.at, *m, ok ? "ok" : "MISSED");
    } else if (m) {
      std::snprintf(row, sizeof row, "  %5.2f s  %6.3f s  %-7s", c.at, *m, ok ? "ok" : "MISSED");
    } else {
      std::snprintf(row, sizeof row, "  %5.2f s  %8s  %-7s", c.at, "never", "MISSED");
    }
    std::string text = row + describe(c);
    if (c.note_says) {
      char said[32];
      std::snprintf(said, sizeof said, count ? "%g" : "%g s", *c.note_says);
      text += "  [the note says " + std::string(said) + ": " + c.erratum + "]";
    }
    std::fprintf(stderr, "%s\n", text.c_str());
  }
  return missed;
}

std::string one_line(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// " (program 2)" after the heading, when it is not the heading's first program; " (the course's
// own program)" when the note has no such program.
std::string which_program(const program& p) {
  if (p.note == beyond_the_notes) return "";
  if (p.ordinal == 0) return " (the course's own program)";
  if (p.ordinal > 1) return " (program " + std::to_string(p.ordinal) + ")";
  return "";
}

std::string json_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", x);
  return buffer;
}

// One program as a line of JSON (--describe).
std::string describe_json(const lesson& l, const program& p) {
  std::string claims;
  for (const auto& c : p.claims) {
    if (!claims.empty()) claims += ",";
    claims += "{\"what\":" + json_string(describe(c)) + ",\"cpython\":" + json_number(c.at);
    if (c.what == claim::kind::tasks) claims += ",\"count\":true";
    if (c.note_says) {
      claims += ",\"note_says\":" + json_number(*c.note_says) +
                ",\"erratum\":" + json_string(c.erratum);
    }
    claims += "}";
  }
  return "{\"lesson\":" + json_string(l.name) + ",\"variant\":" + json_string(p.variant) +
         ",\"note\":" + json_string(p.note) + ",\"section\":" + json_string(p.section) +
         ",\"ordinal\":" + std::to_string(p.ordinal) + ",\"teaches\":" +
         json_string(l.teaches) + ",\"real_time_only\":" + json_string(l.real_time_only) +
         ",\"erratum\":" + json_string(p.erratum) + ",\"remark\":" + json_string(p.remark) +
         ",\"claims\":[" + claims + "]}";
}

}  // namespace

int lesson_main(int argc, char** argv, const lesson& l) {
  std::string footer = "Programs, in the notes' order (--variant NAME runs one):";
  std::vector<std::string> variants;
  for (const auto& p : l.programs) {
    footer += "\n  " + p.variant + "\t" + p.note + "  " + p.section;
    footer += which_program(p);
    variants.push_back(p.variant);
  }
  CLI::App app(l.name + ": " + l.teaches, l.name);
  app.footer(footer);
  std::string speed_text;
  bool virtual_time = false;
  std::vector<std::string> variant;
  bool check = false;
  bool sections = false;
  auto* speed_opt = app.add_option("--speed", speed_text,
                                   "Run X times faster than real time (0.01 to 1000); "
                                   "printed times stay in course seconds");
  speed_opt->type_name("X");
  app.add_flag("--virtual-time", virtual_time,
               "Deterministic and instant: time jumps to the next deadline when every task waits")
      ->excludes(speed_opt);
  app.add_option("--variant", variant,
                 "Run only this program of the lesson; give it again for more")
      ->check(CLI::IsMember(variants))
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  bool debug = false;
  app.add_flag("--debug", debug,
               "asyncio's debug mode (python -X dev): report handlers that block the loop for "
               "0.1 s or more");
  std::vector<std::string> option_values(l.options.size());
  std::vector<CLI::Option*> option_flags;
  for (std::size_t i = 0; i < l.options.size(); ++i) {
    option_flags.push_back(app.add_option(l.options[i].flag, option_values[i], l.options[i].help)
                               ->type_name(l.options[i].type_name));
  }
  bool draw_timeline = false;
  std::string mermaid_file;
  app.add_flag("--timeline", draw_timeline,
               "After each program, draw its tasks on a time axis (stderr)");
  app.add_option("--mermaid", mermaid_file,
                 "Write a mermaid sequence diagram of the run to FILE (with several programs, "
                 "FILE gets each variant's name before its extension)")
      ->type_name("FILE");
  app.add_flag("--check", check, "Exit 1 when a measured time misses the note's claim");
  bool as_records = false;
  app.add_flag("--records", as_records,
               "Print each program's run as records (each line with its course time, the loop's "
               "reports, how it ended) instead of the transcript: what `course compare` reads");
  bool describe_programs = false;
  app.add_flag("--describe", describe_programs,
               "Print each program as a line of JSON: its note, heading, ordinal, erratum, "
               "remark, clocks and claims (what `course show` and `course compare` read)");
  app.add_flag("--sections", sections,
               "Print variant, note file, section heading, ordinal, the asio construct taught and "
               "the clocks it runs under, for each program, tab-separated (ordinal 0: a program "
               "the course adds under that heading)");

  try {
    app.parse(argc, argv);
    loop::set_default_debug(debug);
    if (!speed_text.empty()) {
      try {
        use_real_time(parse_number(speed_text, 0.01, 1000));
      } catch (const std::invalid_argument& e) {
        throw CLI::ValidationError("--speed", e.what());
      }
    } else if (virtual_time) {
      if (!l.real_time_only.empty()) {
        throw CLI::ValidationError("--virtual-time", "not for this lesson: " + l.real_time_only);
      }
      use_virtual_time();
    } else {
      use_real_time(1.0);
    }
    for (std::size_t i = 0; i < l.options.size(); ++i) {
      if (option_flags[i]->count() == 0) continue;
      try {
        l.options[i].set(option_values[i]);
      } catch (const std::invalid_argument& e) {
        throw CLI::ValidationError(l.options[i].flag, e.what());
      }
    }
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << l.name << ": " << one_line(e.what()) << " (see --help)\n";
    return 2;
  }

  std::vector<const program*> chosen;
  for (const auto& p : l.programs) {
    if (variant.empty() || std::find(variant.begin(), variant.end(), p.variant) != variant.end()) {
      chosen.push_back(&p);
    }
  }

  // diagram.mmd -> diagram.VARIANT.mmd when several programs run.
  const auto mermaid_path = [&](const program& p) {
    if (chosen.size() == 1) return mermaid_file;
    const auto slash = mermaid_file.find_last_of('/');
    const auto dot = mermaid_file.find_last_of('.');
    const bool has_extension =
        dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return has_extension ? mermaid_file.substr(0, dot) + "." + p.variant + mermaid_file.substr(dot)
                         : mermaid_file + "." + p.variant;
  };
  if (!mermaid_file.empty()) {
    for (const auto* p : chosen) {
      if (!std::ofstream(mermaid_path(*p))) {
        std::cerr << l.name << ": --mermaid: cannot write '" << mermaid_path(*p)
                  << "' (see --help)\n";
        return 2;
      }
    }
  }

  if (describe_programs) {
    for (const auto* p : chosen) std::printf("%s\n", describe_json(l, *p).c_str());
    return 0;
  }
  if (sections) {
    for (const auto* p : chosen) {
      std::printf("%s\t%s\t%s\t%d\t%s\t%s\n", p->variant.c_str(), p->note.c_str(),
                  p->section.c_str(), p->ordinal, l.teaches.c_str(),
                  l.real_time_only.empty() ? "any clock" : "real time only");
    }
    return 0;
  }

  int missed = 0;
  int claims = 0;
  bool failed = false;
  for (const auto* p : chosen) {
    std::fflush(stdout);
    std::fprintf(stderr, "\n\u2500\u2500 %s/%s: %s \u00b7 %s%s, %s\n", l.name.c_str(),
                 p->variant.c_str(), p->note.c_str(), p->section.c_str(),
                 which_program(*p).c_str(),
                 mode_name().c_str());
    if (!p->erratum.empty()) std::fprintf(stderr, "erratum: %s\n", p->erratum.c_str());
    if (!p->remark.empty()) std::fprintf(stderr, "note: %s\n", p->remark.c_str());
    journal::clear();
    start_program();
    std::optional<records::silenced_stdout> silenced;  // --records
    if (as_records) silenced.emplace();
    std::string ended = "= finished";
    try {
      p->run();
    } catch (const interrupted&) {
      silenced.reset();
      // asyncio.run on Ctrl-C: main is cancelled, the cleanup runs, then KeyboardInterrupt.
      std::fflush(stdout);
      std::fprintf(stderr, "%s: interrupted (KeyboardInterrupt): the tasks were cancelled and "
                           "their cleanup ran\n", l.name.c_str());
      return 130;
    } catch (const std::exception& e) {
      ended = records::ended_with(std::current_exception());
      std::fflush(stdout);
      std::fprintf(stderr, "%s: error: %s\n", l.name.c_str(), one_line(e.what()).c_str());
      failed = true;
    }
    silenced.reset();
    if (as_records) {
      if (chosen.size() > 1) std::printf("# %s\n", p->variant.c_str());
      records::write(stdout, ended);
    }
    const double end = program_seconds();
    std::fflush(stdout);
    missed += compare(*p, end);
    claims += static_cast<int>(p->claims.size());
    if (draw_timeline) {
      std::fprintf(stderr, "\n%s",
                   pictures::timeline(journal::entries(), end, pictures::terminal_width()).c_str());
    }
    if (!mermaid_file.empty()) {
      const auto path = mermaid_path(*p);
      std::ofstream(path) << pictures::mermaid(journal::entries(), l.name + "/" + p->variant);
      std::fprintf(stderr, "mermaid: wrote %s\n", path.c_str());
    }
  }
  std::fprintf(stderr, "\n%s: %d of %d claims met (%s)\n", l.name.c_str(), claims - missed,
               claims, mode_name().c_str());
  if (failed) return 1;
  return check && missed > 0 ? 1 : 0;
}

}  // namespace course
