// What the lessons' and the runner's command lines share: the language chosen before the help is
// written, CLI11's help and errors in that language, and what counts as an option's value.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace course::cli {

// Speaks the language --lang names (--lang zh, --lang=zh) when it is valid, else the
// environment's. A bad --lang is left for the parser to report.
void speak_from_arguments(int argc, char** argv);
// The --lang option, checked: zh or en.
CLI::Option* add_lang(CLI::App& app, std::string& lang);
// The help's own words (Usage, OPTIONS ...) in the language spoken; call it before adding options.
void translate_help(CLI::App& app);
// A message fit for an error line: a word (a value) of over 80 characters cut to 60, and
// control characters and bytes that are not UTF-8 as \xNN.
std::string printable(const std::string& message);
// The parse error in the language spoken, on one line.
std::string parse_error(const CLI::ParseError& e);
// An option's value: not empty, and not the next option (--mermaid --virtual-time).
extern const CLI::Validator a_value;

}  // namespace course::cli
