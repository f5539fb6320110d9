// KAM Canvas: CSV records (see csv_reader.h).
#include "core/csv_reader.h"

namespace kam {

char detect_csv_separator(std::string_view text) {
    bool quoted = false, content = false, semicolon = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) {
            content = true;
            continue;
        }
        if (c == '\n') {
            if (content) break;   // the first line with something on it decides
            continue;
        }
        if (c == '\t') return '\t';
        if (c == ';') semicolon = true;
        if (c != '\r' && c != ' ') content = true;
    }
    return semicolon ? ';' : ',';
}

bool CsvReader::next(std::vector<std::string>& fields) {
    size_t count = 0;
    // Reuses the strings of the last record: most records have as many fields as the one before.
    const auto new_field = [&]() -> std::string& {
        if (count == fields.size()) fields.emplace_back();
        std::string& f = fields[count++];
        f.clear();
        return f;
    };
    if (pos_ >= text_.size() || unclosed_quote_) {
        fields.clear();
        return false;
    }
    line_ = next_line_;
    stray_quote_field_ = 0;
    while (true) {
        std::string& field = new_field();
        if (pos_ < text_.size() && text_[pos_] == '"') {
            // A quoted field: up to the closing quote; "" is one quote; line breaks are kept.
            const int opened_on = next_line_;
            pos_++;
            while (true) {
                const size_t quote = text_.find('"', pos_);
                if (quote == std::string_view::npos) {
                    unclosed_quote_ = true;
                    unclosed_line_ = opened_on;
                    fields.resize(count);
                    return false;
                }
                const std::string_view part = text_.substr(pos_, quote - pos_);
                field += part;
                for (const char c : part) next_line_ += c == '\n';
                pos_ = quote + 1;
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    field += '"';
                    pos_++;
                } else {
                    break;
                }
            }
            // What follows the closing quote should be the separator or the line's end; anything
            // else stays in the field, after the quoted part.
            if (pos_ < text_.size() && text_[pos_] != separator_ && text_[pos_] != '\r' && text_[pos_] != '\n' &&
                stray_quote_field_ == 0)
                stray_quote_field_ = static_cast<int>(count);
        }
        // Plain text up to the separator or the line's end (a quote inside it is taken as it is).
        while (pos_ < text_.size()) {
            size_t end = pos_;   // a plain loop: find_first_of calls memchr once per character
            while (end < text_.size() && text_[end] != separator_ && text_[end] != '\n' && text_[end] != '"') end++;
            field += text_.substr(pos_, end - pos_);
            pos_ = end;
            if (end == text_.size() || text_[end] != '"') break;
            field += '"';
            pos_++;
        }
        if (pos_ >= text_.size()) break;
        if (text_[pos_++] == '\n') {
            next_line_++;
            break;
        }
        // A separator: the next field follows.
    }
    // CRLF: the '\r' before the line's end is not part of the last field.
    if (count > 0 && !fields[count - 1].empty() && fields[count - 1].back() == '\r') fields[count - 1].pop_back();
    fields.resize(count);
    return true;
}

bool csv_record_blank(const std::vector<std::string>& fields) {
    for (const std::string& f : fields)
        if (f.find_first_not_of(" \t\r") != std::string::npos) return false;
    return true;
}

}  // namespace kam
