#include "course/lesson.hpp"

#include "course/cli.hpp"
#include "course/clock.hpp"
#include "course/i18n.hpp"
#include "course/journal.hpp"
#include "course/loop.hpp"
#include "course/print.hpp"
#include "course/pictures.hpp"
#include "course/records.hpp"
#include "course/run.hpp"
#include "course/text.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <new>
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

claim printed_at(std::string line, double at) {
  return claim{.what = claim::kind::line, .subject = std::move(line), .at = at};
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
  return claim{.what = claim::kind::figure,
               .subject = std::move(name),
               .at = ideal,
               .low = low,
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
    throw std::invalid_argument(
        format(tr("expected a number from %g to %g, got '%s'"), low, high, text.c_str()));
  }
  return x;
}
}  // namespace

option number_option(std::string flag, std::string help, double default_value, double low,
                     double high) {
  return option{.flag = std::move(flag),
                .help = std::move(help),
                .type_name = "X",
                .default_value = py::str(default_value),
                .check = [low, high](const std::string& text) { parse_number(text, low, high); }};
}

const std::string& options::text(const std::string& flag) const {
  if (const auto it = values_.find(flag); it != values_.end()) return it->second;
  if (const auto it = defaults_.find(flag); it != defaults_.end()) return it->second;
  throw std::logic_error("no option " + flag);
}

double options::number(const std::string& flag) const { return std::stod(text(flag)); }

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
      return tr("the program ends");
    case claim::kind::tasks:
      return tr("tasks created, main's included");
    case claim::kind::task_done:
      return format(tr("%s ends"), c.subject.c_str());
    case claim::kind::task_cancelled:
      return format(tr("%s ends cancelled"), c.subject.c_str());
    case claim::kind::figure:
      return tr(c.subject) + format(tr(" (%g to %g)"), c.low, c.high);
  }
  return {};
}

std::string mode_name() {
  if (is_virtual()) return tr("virtual time");
  if (speed() == 1.0) return tr("real time");
  return format(tr("real time at --speed %g"), speed());
}

// What the comparison of one program found, for the summary and --results.
struct compared {
  int claims = 0;
  int missed = 0;
  std::optional<std::pair<double, double>> end = {};  // CPython's end and the measured one
};

// The claims beside what was measured, on stderr; returns what it found.
compared compare(const program& p, double end, bool colour) {
  const auto entries = journal::entries();
  const auto tol = current_tolerance();
  const auto columns = text::columns_of(STDERR_FILENO);
  compared found{.claims = static_cast<int>(p.claims.size())};
  // The header over the numbers, right-aligned as they are: "measured" ends where "0.000 s" ends.
  const std::string measured_word = tr("measured");
  const auto measured_width = text::display_width(measured_word);
  std::fprintf(stderr, "  %s%s%s\n", text::pad(tr("CPython"), 9).c_str(),
               std::string(measured_width < 8 ? 8 - measured_width : 0, ' ').c_str(),
               measured_word.c_str());
  const std::string ok_word = tr("ok");
  const std::string missed_word = tr("MISSED");
  const auto verdict_width =
      std::max(text::display_width(ok_word), text::display_width(missed_word)) + 1;
  for (const auto& c : p.claims) {
    const auto m = measured(c, entries, end);
    const bool count = c.what == claim::kind::tasks;
    const bool figure = c.what == claim::kind::figure;
    const bool ok = m && (count    ? *m == c.at
                          : figure ? *m >= c.low && *m <= c.high
                                   : *m >= c.at - tol.early && *m <= c.at + tol.late);
    if (!ok) ++found.missed;
    if (c.what == claim::kind::end && m) found.end = {c.at, *m};
    char row[64];
    if (m && figure) {
      std::snprintf(row, sizeof row, "  %5.2f    %6.2f    ", c.at, *m);
    } else if (m && count) {
      std::snprintf(row, sizeof row, "  %5.0f    %6.0f    ", c.at, *m);
    } else if (m) {
      std::snprintf(row, sizeof row, "  %5.2f s  %6.3f s  ", c.at, *m);
    } else {
      const std::string never = tr("never");
      const auto w = text::display_width(never);
      std::snprintf(row, sizeof row, "  %5.2f s  %s%s  ", c.at,
                    std::string(w < 8 ? 8 - w : 0, ' ').c_str(), never.c_str());
    }
    const auto verdict = text::pad(ok ? ok_word : missed_word, verdict_width);
    std::string line =
        row + text::paint(verdict, ok ? text::colour::green : text::colour::red, colour);
    std::string said = describe(c);
    if (c.note_says) {
      const auto figure_said = format(count ? "%g" : tr("%g s"), *c.note_says);
      // TRANSLATORS: after a claim: [the note says 5 s: why it differs from CPython]
      said += "  " + text::paint(format(tr("[the note says %s: %s]"), figure_said.c_str(),
                                        tr(c.erratum).c_str()),
                                 text::colour::yellow, colour);
    }
    const auto indent = text::display_width(row) + verdict_width;
    std::fprintf(stderr, "%s%s\n", line.c_str(),
                 text::wrap(said, columns > indent + 20 ? columns : 0, indent, indent).c_str());
  }
  const bool repeats = std::any_of(p.claims.begin(), p.claims.end(),
                                   [](const claim& c) { return c.occurrence > 1; });
  if (repeats) {
    std::fprintf(stderr, "  %s\n",
                 text::wrap(tr("(#N): the Nth time the program prints that line; (#2) is its "
                               "second"),
                            columns, 4, 2)
                     .c_str());
  }
  return found;
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
  if (p.ordinal == 0) return tr(" (the course's own program)");
  if (p.ordinal > 1) return format(tr(" (program %d)"), p.ordinal);
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
                ",\"erratum\":" + json_string(tr(c.erratum));
    }
    claims += "}";
  }
  return "{\"lesson\":" + json_string(l.name) + ",\"variant\":" + json_string(p.variant) +
         ",\"note\":" + json_string(p.note) + ",\"section\":" + json_string(p.section) +
         ",\"ordinal\":" + std::to_string(p.ordinal) +
         ",\"teaches\":" + json_string(tr(l.teaches)) +
         ",\"real_time_only\":" + json_string(tr(l.real_time_only)) +
         ",\"erratum\":" + json_string(tr(p.erratum)) + ",\"remark\":" + json_string(tr(p.remark)) +
         ",\"claims\":[" + claims + "]}";
}

// One program's result as a line of JSON (--results FILE, what `course check` reads).
std::string result_json(const program& p, const compared& found, const std::string& ended) {
  std::string out = "{\"variant\":" + json_string(p.variant) +
                    ",\"claims\":" + std::to_string(found.claims) +
                    ",\"met\":" + std::to_string(found.claims - found.missed) +
                    ",\"ended\":" + json_string(ended);
  if (found.end) {
    out += ",\"end\":{\"cpython\":" + json_number(found.end->first) +
           ",\"measured\":" + json_number(found.end->second) + "}";
  }
  return out + "}";
}

// What the command line asks for.
struct settings {
  std::vector<const program*> chosen;
  bool check = false;
  bool debug = false;
  bool timeline = false;
  bool records = false;
  bool describe = false;
  bool sections = false;
  std::string mermaid;
  std::string results;
  options values;  // the lesson's own options
};

// Parses the command line into `s`; an exit code when the lesson is to stop (help, bad usage).
std::optional<int> parse(int argc, char** argv, const lesson& l, settings& s) {
  std::string footer = tr("Programs, in the notes' order (--variant NAME runs one):");
  std::vector<std::string> variants;
  for (const auto& p : l.programs) {
    footer += "\n  " + p.variant + "\t" + p.note + "  " + p.section;
    footer += which_program(p);
    variants.push_back(p.variant);
  }
  CLI::App app(l.name + ": " + tr(l.teaches), l.name);
  cli::translate_help(app);
  app.footer(footer);
  std::string speed_text;
  bool virtual_time = false;
  std::vector<std::string> variant;
  std::string lang;
  cli::add_lang(app, lang);
  auto* speed_opt = app.add_option("--speed", speed_text,
                                   tr("Run X times faster than real time (0.01 to 1000); "
                                      "printed times stay in course seconds"));
  speed_opt->type_name("X")->check(cli::a_value);
  app.add_flag("--virtual-time", virtual_time,
               tr("Deterministic and instant: time jumps to the next deadline when every task "
                  "waits"))
      ->excludes(speed_opt);
  app.add_option("--variant", variant,
                 tr("Run only this program of the lesson; give it again for more"))
      ->check(CLI::IsMember(variants))
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_flag("--debug", s.debug,
               tr("asyncio's debug mode (python -X dev): report handlers that block the loop for "
                  "0.1 s or more"));
  std::vector<std::string> option_values(l.options.size());
  std::vector<CLI::Option*> option_flags;
  for (std::size_t i = 0; i < l.options.size(); ++i) {
    option_flags.push_back(
        app.add_option(l.options[i].flag, option_values[i], tr(l.options[i].help))
            ->type_name(l.options[i].type_name)
            ->check(cli::a_value));
  }
  app.add_flag("--timeline", s.timeline,
               tr("After each program, draw its tasks on a time axis (stderr)"));
  app.add_option("--mermaid", s.mermaid,
                 tr("Write a mermaid sequence diagram of the run to FILE (with several programs, "
                    "FILE gets each variant's name before its extension)"))
      ->type_name("FILE")
      ->check(cli::a_value);
  app.add_flag("--check", s.check, tr("Exit 1 when a measured time misses the note's claim"));
  app.add_flag("--records", s.records,
               tr("Print each program's run as records (each line with its course time, the "
                  "loop's reports, how it ended) instead of the transcript: what `course "
                  "compare` reads"));
  app.add_flag("--describe", s.describe,
               tr("Print each program as a line of JSON: its note, heading, ordinal, erratum, "
                  "remark, clocks and claims (what `course show` and `course compare` read)"));
  app.add_flag("--sections", s.sections,
               tr("Print variant, note file, section heading, ordinal, the asio construct taught "
                  "and the clocks it runs under, for each program, tab-separated (ordinal 0: a "
                  "program the course adds under that heading)"));
  app.add_option("--results", s.results,
                 tr("Append each program's result to FILE as a line of JSON: its claims, how "
                    "many were met, when it ended (what `course check` reads)"))
      ->type_name("FILE")
      ->check(cli::a_value);

  try {
    app.parse(argc, argv);
    if (!speed_text.empty()) {
      try {
        use_real_time(parse_number(speed_text, 0.01, 1000));
      } catch (const std::invalid_argument& e) {
        throw CLI::ValidationError("--speed", e.what());
      }
    } else if (virtual_time) {
      if (!l.real_time_only.empty()) {
        throw CLI::ValidationError(
            "--virtual-time", format(tr("not for this lesson: %s"), tr(l.real_time_only).c_str()));
      }
      use_virtual_time();
    } else {
      use_real_time(1.0);
    }
    for (std::size_t i = 0; i < l.options.size(); ++i) {
      const auto& o = l.options[i];
      s.values.set_default(o.flag, o.default_value);
      if (option_flags[i]->count() == 0) continue;
      try {
        if (o.check) o.check(option_values[i]);
      } catch (const std::invalid_argument& e) {
        throw CLI::ValidationError(o.flag, e.what());
      }
      s.values.set(o.flag, option_values[i]);
    }
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << l.name << ": " << one_line(cli::parse_error(e)) << " " << tr("(see --help)")
              << "\n";
    return 2;
  }
  for (const auto& p : l.programs) {
    if (variant.empty() || std::find(variant.begin(), variant.end(), p.variant) != variant.end()) {
      s.chosen.push_back(&p);
    }
  }
  return std::nullopt;
}

// diagram.mmd -> diagram.VARIANT.mmd when several programs run.
std::string mermaid_path(const settings& s, const program& p) {
  if (s.chosen.size() == 1) return s.mermaid;
  const auto slash = s.mermaid.find_last_of('/');
  const auto dot = s.mermaid.find_last_of('.');
  const bool has_extension =
      dot != std::string::npos && (slash == std::string::npos || dot > slash);
  return has_extension ? s.mermaid.substr(0, dot) + "." + p.variant + s.mermaid.substr(dot)
                       : s.mermaid + "." + p.variant;
}

// The heading before a program runs: where it comes from, its erratum and remark.
void introduce(const lesson& l, const program& p, bool colour) {
  const auto columns = text::columns_of(STDERR_FILENO);
  std::fflush(stdout);
  std::fprintf(stderr, "\n\u2500\u2500 %s/%s: %s \u00b7 %s%s, %s\n", l.name.c_str(),
               p.variant.c_str(), p.note.c_str(), p.section.c_str(), which_program(p).c_str(),
               mode_name().c_str());
  if (!p.erratum.empty()) {
    std::fprintf(
        stderr, "%s\n",
        text::labelled(tr("erratum:"), tr(p.erratum), columns, text::colour::yellow, colour)
            .c_str());
  }
  if (!p.remark.empty()) {
    std::fprintf(
        stderr, "%s\n",
        text::labelled(tr("note:"), tr(p.remark), columns, text::colour::dim, colour).c_str());
  }
  if (loop::default_debug()) {
    std::fprintf(stderr, "%s\n",
                 tr("debug mode is on: a handler that holds the loop for 0.1 s "
                    "or more is reported"));
  }
}

}  // namespace

namespace {

// What a program's Ctrl-C and an allocation that fails print: made before they happen, as the
// handlers that print them can only write(2).
char g_out_of_memory[256] = {};
std::size_t g_out_of_memory_size = 0;

void out_of_memory() {
  (void)!::write(STDERR_FILENO, g_out_of_memory, g_out_of_memory_size);
  ::_exit(1);  // Python's MemoryError ends the program with exit 1
}

// Asio allocates coroutine frames with aligned_alloc, which no new_handler sees: a failure there
// is a bad_alloc, thrown where it may reach std::terminate (a destructor, a noexcept function).
[[noreturn]] void on_terminate() {
  if (const auto e = std::current_exception()) {
    try {
      std::rethrow_exception(e);
    } catch (const std::bad_alloc&) {
      out_of_memory();
    } catch (...) {
    }
  }
  std::abort();
}

void prepare_for_the_worst(const lesson& l) {
  catch_interrupts(l.name + ": " + tr("interrupted again: exiting at once"));
  const auto line = l.name + ": " + tr("out of memory (MemoryError)") + "\n";
  g_out_of_memory_size = std::min(line.size(), sizeof g_out_of_memory);
  std::memcpy(g_out_of_memory, line.data(), g_out_of_memory_size);
  std::set_new_handler(out_of_memory);
  std::set_terminate(on_terminate);
}

void say_interrupted(const lesson& l, bool cleaned_up) {
  std::fflush(stdout);
  // asyncio.run on Ctrl-C: main is cancelled, the cleanup runs, then KeyboardInterrupt;
  // run_until_complete just raises it.
  std::fprintf(stderr, "%s: %s\n", l.name.c_str(),
               cleaned_up ? tr("interrupted (KeyboardInterrupt): the tasks were cancelled and "
                               "their cleanup ran")
                          : tr("interrupted (KeyboardInterrupt): the loop stopped, its tasks "
                               "left as they were"));
}

// Runs the chosen programs, each followed by its comparison; the exit code.
int run_programs(const lesson& l, const settings& s, std::ofstream& results) {
  const bool colour = text::colours_for(STDERR_FILENO);
  int missed = 0;
  int claims = 0;
  bool failed = false;
  for (const auto* p : s.chosen) {
    introduce(l, *p, colour);
    // Every step of every task is journaled only for a picture, which alone draws them.
    journal::begin_program(s.timeline || !s.mermaid.empty() ? journal::depth::steps
                                                            : journal::depth::events);
    std::optional<records::silenced_stdout> silenced;  // --records
    if (s.records) silenced.emplace();
    std::string ended = "= finished";
    try {
      p->run(s.values);
    } catch (const interrupted& e) {
      silenced.reset();
      say_interrupted(l, e.cleaned_up());
      return 130;
    } catch (const std::bad_alloc&) {
      out_of_memory();
    } catch (const std::exception& e) {
      ended = records::ended_with(std::current_exception());
      std::fflush(stdout);
      std::fprintf(stderr, "%s: %s %s\n", l.name.c_str(), tr("error:"), one_line(e.what()).c_str());
      failed = true;
    }
    silenced.reset();
    if (interrupt_pending()) {  // a Ctrl-C no loop was running to take: it ends the program here
      say_interrupted(l, false);
      return 130;
    }
    if (s.records) {
      if (s.chosen.size() > 1) std::printf("# %s\n", p->variant.c_str());
      records::write(stdout, ended);
    }
    const double end = program_seconds();
    std::fflush(stdout);
    const auto found = compare(*p, end, colour);
    missed += found.missed;
    claims += found.claims;
    if (results.is_open()) results << result_json(*p, found, ended) << std::endl;
    if (s.timeline) {
      std::fprintf(stderr, "\n%s",
                   pictures::timeline(journal::entries(), end, pictures::terminal_width()).c_str());
    }
    if (!s.mermaid.empty()) {
      const auto path = mermaid_path(s, *p);
      std::ofstream diagram(path);
      diagram << pictures::mermaid(journal::entries(), l.name + "/" + p->variant);
      diagram.close();
      if (!diagram) {
        std::fprintf(stderr, "%s: --mermaid: %s\n", l.name.c_str(),
                     format(tr("cannot write '%s'"), path.c_str()).c_str());
        failed = true;
      } else {
        std::fprintf(stderr, "%s\n", format(tr("mermaid: wrote %s"), path.c_str()).c_str());
      }
    }
  }
  std::fprintf(
      stderr, "\n%s: %s\n", l.name.c_str(),
      format(tr("%d of %d claims met (%s)"), claims - missed, claims, mode_name().c_str()).c_str());
  if (failed) return 1;
  return s.check && missed > 0 ? 1 : 0;
}

}  // namespace

int lesson_main(int argc, char** argv, const lesson& l) {
  cli::speak_from_arguments(argc, argv);
  settings s;
  if (const auto stop = parse(argc, argv, l, s)) return exit_code_after_writes(l.name, *stop);
  loop::set_default_debug(s.debug);

  if (!s.mermaid.empty()) {
    for (const auto* p : s.chosen) {
      if (!std::ofstream(mermaid_path(s, *p))) {
        std::cerr << l.name
                  << ": --mermaid: " << format(tr("cannot write '%s'"), mermaid_path(s, *p).c_str())
                  << " " << tr("(see --help)") << "\n";
        return 2;
      }
    }
  }
  std::ofstream results;
  if (!s.results.empty()) {
    results.open(s.results, std::ios::app);
    if (!results) {
      std::cerr << l.name << ": --results: " << format(tr("cannot write '%s'"), s.results.c_str())
                << " " << tr("(see --help)") << "\n";
      return 2;
    }
  }
  if (s.describe) {
    for (const auto* p : s.chosen) std::printf("%s\n", describe_json(l, *p).c_str());
    return exit_code_after_writes(l.name, 0);
  }
  if (s.sections) {
    for (const auto* p : s.chosen) {
      std::printf("%s\t%s\t%s\t%d\t%s\t%s\n", p->variant.c_str(), p->note.c_str(),
                  p->section.c_str(), p->ordinal, tr(l.teaches).c_str(),
                  l.real_time_only.empty() ? "any clock" : "real time only");
    }
    return exit_code_after_writes(l.name, 0);
  }
  prepare_for_the_worst(l);
  return exit_code_after_writes(l.name, run_programs(l, s, results));
}

int exercise_main(int argc, char** argv, const std::string& name, void (*program)()) {
  return lesson_main(argc, argv,
                     {.name = name,
                      .teaches = N_("an exercise: your translation, checked against CPython"),
                      .programs = {{.variant = name,
                                    .note = beyond_the_notes,
                                    .section = N_("exercise"),
                                    .ordinal = course_own,
                                    .run = program}}});
}

}  // namespace course
