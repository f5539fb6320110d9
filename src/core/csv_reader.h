// KAM Canvas: reading CSV text record by record (RFC 4180), as spreadsheets and finance systems
// write it: quoted fields may hold the separator, doubled quotes and line breaks; CRLF or LF line
// ends. Each record knows the line it starts on, so every message can name it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kam {

// The separator of a CSV text, from its first non-blank line (outside quotes): a tab if it has
// one, else ';' if it has one (European Excel writes ';' where the decimal separator is a
// comma), else ','.
char detect_csv_separator(std::string_view text);

class CsvReader {
public:
    CsvReader(std::string_view text, char separator) : text_(text), separator_(separator) {}

    // Reads the next record into 'fields' (reusing its strings: no allocation per record once
    // they are long enough). False at the end of the text, or when a quote never closes (then
    // unclosed_quote() is set and the rest of the text is not read).
    bool next(std::vector<std::string>& fields);

    int line() const { return line_; }                 // the line the last record starts on (1-based)
    // A field of the last record with text after its closing quote ("ab"c): its 1-based number,
    // or 0. The field keeps that text after the quoted part.
    int stray_quote_field() const { return stray_quote_field_; }
    bool unclosed_quote() const { return unclosed_quote_; }
    int unclosed_quote_line() const { return unclosed_line_; }

private:
    std::string_view text_;
    char separator_;
    size_t pos_ = 0;
    int next_line_ = 1;   // the line at pos_
    int line_ = 0;
    int stray_quote_field_ = 0;
    bool unclosed_quote_ = false;
    int unclosed_line_ = 0;
};

// True when every field is empty or spaces: a blank line, or one of separators only (";;").
bool csv_record_blank(const std::vector<std::string>& fields);

}  // namespace kam
