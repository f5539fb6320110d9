// KAM Canvas: actuals from a CSV file (see actuals_csv.h).
//
// Index of this file:
// [SECTION] Texts: trimming, folding names, quoting a field in a message
// [SECTION] Columns: the header row, or account, month, amount
// [SECTION] Accounts: found by id, else by name
// [SECTION] Months and amounts
// [SECTION] Preview
// [SECTION] Apply
#include "core/reviews/actuals_csv.h"

#include "core/csv_reader.h"
#include "core/dates.h"
#include "core/reviews/deviation.h"
#include "core/typed_number.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace kam {

//-----------------------------------------------------------------------------
// [SECTION] Texts: trimming, folding names, quoting a field in a message
//-----------------------------------------------------------------------------

static std::string_view trimmed(std::string_view s) {
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Lower case for ASCII and the Latin-1 letters (UTF-8 C3 80..C3 9E, except the multiplication
// sign): "ÖBERG AB" and "Öberg AB" name the same account. Other scripts compare as written.
static void fold_into(std::string_view s, std::string& out) {
    out.clear();
    for (size_t i = 0; i < s.size(); i++) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < s.size()) {
            const unsigned char next = static_cast<unsigned char>(s[i + 1]);
            out += static_cast<char>(c);
            out += static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
            i++;
        } else {
            out += static_cast<char>(c);
        }
    }
}

static std::string folded(std::string_view s) {
    std::string out;
    fold_into(trimmed(s), out);
    return out;
}

// A field as a message shows it: quoted, on one line, and cut short when long (a whole file can
// end up in one field).
static std::string shown(std::string_view s) {
    constexpr size_t kLongest = 60;
    std::string out = "\"";
    size_t i = 0;
    for (; i < s.size() && i < kLongest; i++) out += static_cast<unsigned char>(s[i]) < 0x20 ? ' ' : s[i];
    if (i < s.size()) {
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();   // a whole character
        if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
        out += "...";
    }
    return out + "\"";
}

//-----------------------------------------------------------------------------
// [SECTION] Columns: the header row, or account, month, amount
//-----------------------------------------------------------------------------

// Where each part of a line is (0-based field numbers; -1: none). An "account" column is tried as
// an id and then as a name; a file may also have one column of ids and one of names. Without a
// header: account, month, amount.
struct Columns {
    int id = 0, name = 0, month = 1, amount = 2;
    size_t fields = 3;   // fields a line has: those of the header, or 3
};

enum class ColumnKind { Unknown, Account, Id, Name, Month, Amount };

static ColumnKind column_kind(std::string_view heading) {
    static const std::unordered_map<std::string, ColumnKind> kNames = {
        {"account", ColumnKind::Account}, {"customer", ColumnKind::Account}, {"kunde", ColumnKind::Account},
        {"kund", ColumnKind::Account}, {"client", ColumnKind::Account}, {"konto", ColumnKind::Account},
        {"id", ColumnKind::Id}, {"account id", ColumnKind::Id}, {"account_id", ColumnKind::Id},
        {"accountid", ColumnKind::Id}, {"customer id", ColumnKind::Id}, {"customer_id", ColumnKind::Id},
        {"name", ColumnKind::Name}, {"account name", ColumnKind::Name}, {"account_name", ColumnKind::Name},
        {"customer name", ColumnKind::Name}, {"customer_name", ColumnKind::Name},
        {"month", ColumnKind::Month}, {"period", ColumnKind::Month}, {"date", ColumnKind::Month},
        {"monat", ColumnKind::Month}, {"månad", ColumnKind::Month}, {"mois", ColumnKind::Month},
        {"amount", ColumnKind::Amount}, {"actual", ColumnKind::Amount}, {"actuals", ColumnKind::Amount},
        {"sales", ColumnKind::Amount}, {"value", ColumnKind::Amount}, {"revenue", ColumnKind::Amount},
        {"betrag", ColumnKind::Amount}, {"umsatz", ColumnKind::Amount}, {"belopp", ColumnKind::Amount},
        {"montant", ColumnKind::Amount},
    };
    const auto it = kNames.find(folded(heading));
    return it == kNames.end() ? ColumnKind::Unknown : it->second;
}

// The header's columns, or "" and no header when the first line names none of them. A header
// that names some but not all the parts is a problem of the whole file.
static std::string read_header(const std::vector<std::string>& first, int line, Columns& columns, bool& header) {
    header = false;
    Columns found{-1, -1, -1, -1, first.size()};
    int account = -1;
    for (size_t i = 0; i < first.size(); i++) {
        const ColumnKind kind = column_kind(first[i]);
        if (kind == ColumnKind::Unknown) continue;
        header = true;
        int* slot = kind == ColumnKind::Account ? &account
                    : kind == ColumnKind::Id    ? &found.id
                    : kind == ColumnKind::Name  ? &found.name
                    : kind == ColumnKind::Month ? &found.month
                                                : &found.amount;
        if (*slot >= 0)
            return "line " + std::to_string(line) + ": columns " + std::to_string(*slot + 1) + " and " + std::to_string(i + 1) + " are both " +
                   shown(trimmed(first[i])) + "-like: which one to read is not clear";
        *slot = static_cast<int>(i);
    }
    if (!header) return "";
    if (account >= 0) {   // a plain "account" column is read as an id, else a name
        if (found.id < 0) found.id = account;
        if (found.name < 0) found.name = account;
    }
    std::string missing;
    if (found.id < 0 && found.name < 0) missing = "account";
    if (found.month < 0) missing += missing.empty() ? "month" : ", month";
    if (found.amount < 0) missing += missing.empty() ? "amount" : ", amount";
    if (!missing.empty())
        return "line " + std::to_string(line) + ": the header names no " + missing + " column (names it knows: account, id, name, customer; month, period, date; amount, actual, sales, value, revenue)";
    columns = found;
    return "";
}

//-----------------------------------------------------------------------------
// [SECTION] Accounts: found by id, else by name
//-----------------------------------------------------------------------------

class AccountIndex {
public:
    explicit AccountIndex(const Workspace& ws) {
        by_id_.reserve(ws.accounts.size());
        by_name_.reserve(ws.accounts.size());
        for (size_t i = 0; i < ws.accounts.size(); i++) {
            by_id_.emplace(ws.accounts[i].id, i);
            const auto [it, added] = by_name_.emplace(folded(ws.accounts[i].name), static_cast<long>(i));
            if (!added) it->second = kAmbiguous;
        }
        // The ids behind each name that several accounts share, for the message that asks for one.
        for (const Account& a : ws.accounts) {
            std::string key = folded(a.name);
            if (by_name_[key] != kAmbiguous) continue;
            Namesakes& n = namesakes_[std::move(key)];
            n.ids += (n.count++ == 0 ? "" : ", ") + a.id;
        }
    }

    static constexpr long kUnknown = -1, kAmbiguous = -2;

    long by_id(std::string_view id) const {
        const auto it = by_id_.find(trimmed(id));
        return it == by_id_.end() ? kUnknown : static_cast<long>(it->second);
    }
    long by_name(std::string_view name) {
        fold_into(trimmed(name), scratch_);
        const auto it = by_name_.find(scratch_);
        return it == by_name_.end() ? kUnknown : it->second;
    }
    // The accounts that share a name: how many, and their ids ("a3, a9").
    struct Namesakes {
        int count = 0;
        std::string ids;
    };
    const Namesakes& namesakes(std::string_view name) const {
        static const Namesakes kNone;
        const auto it = namesakes_.find(folded(name));
        return it == namesakes_.end() ? kNone : it->second;
    }

private:
    std::unordered_map<std::string_view, size_t> by_id_;
    std::unordered_map<std::string, long> by_name_;
    std::unordered_map<std::string, Namesakes> namesakes_;
    std::string scratch_;
};

//-----------------------------------------------------------------------------
// [SECTION] Months and amounts
//-----------------------------------------------------------------------------

// "2026-03", "2026-03-31" (a valid date; the day is ignored), "03/2026" or "3/2026".
static std::optional<int> read_month(std::string_view text) {
    text = trimmed(text);
    if (text.size() == 7 && text[4] == '-') return month_number(text);
    if (text.size() == 10 && text[4] == '-') return day_number(text) ? month_number(text.substr(0, 7)) : std::nullopt;
    const size_t slash = text.find('/');
    if (slash == 1 || slash == 2) {
        if (text.size() != slash + 5) return std::nullopt;
        std::string iso(text.substr(slash + 1));
        iso += '-';
        if (slash == 1) iso += '0';
        iso += text.substr(0, slash);
        return month_number(iso);
    }
    return std::nullopt;
}

// The amount, or why it is not one. Non-breaking spaces (U+00A0, U+202F: French and Swedish
// thousands groups) count as spaces.
static std::optional<double> read_amount(std::string_view text, std::string& why) {
    std::string plain;
    if (text.find_first_of("\xC2\xE2") != std::string_view::npos) {
        for (size_t i = 0; i < text.size(); i++) {
            if (text.substr(i, 2) == "\xC2\xA0") i += 1;
            else if (text.substr(i, 3) == "\xE2\x80\xAF") i += 2;
            else plain += text[i];
        }
    }
    const TypedNumber n = parse_typed_number(trimmed(plain.empty() ? text : std::string_view(plain)));
    if (!n.ok) {
        why = shown(trimmed(text)) + " is not an amount";
        return std::nullopt;
    }
    if (!n.value) {
        why = "no amount (an import does not clear actuals)";
        return std::nullopt;
    }
    if (!is_sane_figure(*n.value)) {
        why = shown(trimmed(text)) + " is beyond any month's sales (at most 1,000,000,000,000)";
        return std::nullopt;
    }
    return n.value;
}

static std::optional<double> actual_of(const Account& a, int month) {
    const std::string text = month_text(month);
    for (const MonthFigures& m : a.months)
        if (m.month == text) return m.actual;
    return std::nullopt;
}

//-----------------------------------------------------------------------------
// [SECTION] Preview
//-----------------------------------------------------------------------------

// A file that is not UTF-8: UTF-16 (Excel's "Unicode text") has a byte order mark, or NUL bytes
// between ASCII letters.
static bool looks_utf16(std::string_view text) {
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return true;
    return text.substr(0, 64).find('\0') != std::string_view::npos;
}

namespace {

// One pass over the lines; what it finds goes straight into the preview.
class PreviewBuilder {
public:
    PreviewBuilder(const Workspace& ws, ActualsPreview& p)
        : ws_(ws), p_(p), index_(ws), months_of_(ws.accounts.size()), changed_account_(ws.accounts.size()) {}

    void problem(int line, int column, std::string what) {
        if (p_.problems.size() < kMaxActualsProblems) {
            std::string message = "line " + std::to_string(line);
            if (column > 0) message += ", column " + std::to_string(column);
            p_.problems.push_back({line, column, message + ": " + what});
        }
    }

    void expect_lines(size_t lines) { p_.changes.reserve(lines); }

    // One data line; a problem skips it.
    void line(int number, const std::vector<std::string>& fields, const Columns& c, int stray_quote_field) {
        p_.lines++;
        if (!read(number, fields, c, stray_quote_field)) p_.skipped++;
    }

    void finish() {
        p_.accounts = static_cast<int>(std::count_if(months_of_.begin(), months_of_.end(), [](const auto& m) { return !m.empty(); }));
        p_.changed_accounts = static_cast<int>(std::count(changed_account_.begin(), changed_account_.end(), 1));
        p_.months = static_cast<int>(months_.size());
    }

private:
    bool read(int number, const std::vector<std::string>& fields, const Columns& c, int stray_quote_field) {
        if (stray_quote_field > 0) {
            problem(number, stray_quote_field, "text after a closing quote (a quote inside a quoted field is written twice: \"\")");
            return false;
        }
        // Fields beyond the header's are fine when empty (a trailing separator); a line may also
        // leave out columns after the last one read.
        const size_t needed = static_cast<size_t>(std::max({c.id, c.name, c.month, c.amount})) + 1;
        const bool extra = fields.size() > c.fields &&
                           std::any_of(fields.begin() + c.fields, fields.end(), [](const std::string& f) { return !trimmed(f).empty(); });
        if (fields.size() < needed || extra) {
            std::string what = std::to_string(fields.size()) + (fields.size() == 1 ? " field" : " fields") + " where " +
                               (p_.header ? "the header has " : "a line has ") + std::to_string(c.fields) +
                               (p_.header ? "" : " (account, month, amount)");
            if (extra && p_.separator == ',') what += "; an amount with a decimal comma needs quotes in a comma-separated file";
            problem(number, 0, what);
            return false;
        }
        long account = AccountIndex::kUnknown;
        if (c.id >= 0) account = index_.by_id(fields[c.id]);
        if (account == AccountIndex::kUnknown && c.name >= 0) account = index_.by_name(fields[c.name]);
        const int account_column = (c.name >= 0 ? c.name : c.id) + 1;
        const std::string_view account_text = trimmed(fields[account_column - 1]);
        if (account == AccountIndex::kAmbiguous) {
            const AccountIndex::Namesakes& n = index_.namesakes(account_text);
            problem(number, account_column, std::to_string(n.count) + " accounts are named " + shown(account_text) + " (" + n.ids +
                                                "): give the account's id instead");
            return false;
        }
        if (account == AccountIndex::kUnknown) {
            if (account_text.empty()) problem(number, account_column, "no account");
            else if (c.id >= 0 && c.name >= 0 && c.id != c.name)
                problem(number, 0, "unknown account " + shown(trimmed(fields[c.id])) + " / " + shown(trimmed(fields[c.name])));
            else problem(number, 0, "unknown account " + shown(account_text));
            return false;
        }
        const std::optional<int> month = read_month(fields[c.month]);
        if (!month) {
            problem(number, c.month + 1, shown(trimmed(fields[c.month])) + " is not a month (YYYY-MM, YYYY-MM-DD or MM/YYYY)");
            return false;
        }
        std::string why;
        const std::optional<double> amount = read_amount(fields[c.amount], why);
        if (!amount) {
            problem(number, c.amount + 1, why);
            return false;
        }
        const size_t a = static_cast<size_t>(account);
        std::vector<MonthLine>& taken = months_of_[a];
        if (const auto first = std::find_if(taken.begin(), taken.end(), [&](const MonthLine& m) { return m.month == *month; });
            first != taken.end()) {
            problem(number, 0, "a second amount for " + shown(ws_.accounts[a].name) + " in " + month_text(*month) + " (line " +
                                   std::to_string(first->line) + " has the first, which stands)");
            return false;
        }
        taken.push_back({*month, number});
        months_.insert(*month);
        const std::optional<double> before = actual_of(ws_.accounts[a], *month);
        if (before && *before == *amount) {
            p_.unchanged++;
        } else {
            p_.changes.push_back({a, *month, before, *amount, number});
            changed_account_[a] = 1;
        }
        return true;
    }

    const Workspace& ws_;
    ActualsPreview& p_;
    AccountIndex index_;
    // The months each account has a line for, and that line (a few per account: a list beats a
    // hash table of every line).
    struct MonthLine {
        int month, line;
    };
    std::vector<std::vector<MonthLine>> months_of_;
    std::vector<char> changed_account_;
    std::unordered_set<int> months_;
};

}  // namespace

ActualsPreview preview_actuals_csv(const Workspace& ws, std::string_view text) {
    ActualsPreview p;
    if (looks_utf16(text)) {
        p.file_problem = "the file is UTF-16 text (Excel's \"Unicode text\"): save it as \"CSV UTF-8\" and import that";
        return p;
    }
    if (text.size() > kMaxActualsCsvBytes) {
        p.file_problem = "the file is larger than " + std::to_string(kMaxActualsCsvBytes >> 20) + " MB: import it in parts";
        return p;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);   // Excel's "CSV UTF-8" starts with a byte order mark
    p.separator = detect_csv_separator(text);
    CsvReader reader(text, p.separator);
    PreviewBuilder builder(ws, p);
    builder.expect_lines(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);

    std::vector<std::string> fields;
    Columns columns;
    bool first = true;
    while (reader.next(fields)) {
        if (csv_record_blank(fields)) continue;
        if (first) {
            first = false;
            p.file_problem = read_header(fields, reader.line(), columns, p.header);
            if (!p.file_problem.empty()) return p;
            if (p.header) continue;
            // Neither a month nor an amount where they should be: a header in words this import
            // does not know, rather than a line of figures (every line would be refused after it).
            std::string why;
            if (fields.size() == 3 && !read_month(fields[1]) && !read_amount(fields[2], why)) {
                p.file_problem = "line " + std::to_string(reader.line()) +
                                 " looks like a header, but names no column this import knows: name them account, month and amount";
                return p;
            }
        }
        builder.line(reader.line(), fields, columns, reader.stray_quote_field());
    }
    if (reader.unclosed_quote()) {
        p.file_problem = "line " + std::to_string(reader.unclosed_quote_line()) +
                         ": a quote opens a field that never closes, so the rest of the file would be inside it";
        return p;
    }
    builder.finish();
    if (p.lines == 0) p.file_problem = p.header ? "the file has a header but no lines of actuals" : "the file has no lines of actuals";
    return p;
}

//-----------------------------------------------------------------------------
// [SECTION] Apply
//-----------------------------------------------------------------------------

std::vector<Account> apply_actuals(const Workspace& ws, const ActualsPreview& preview) {
    std::vector<long> slot(ws.accounts.size(), -1);
    for (const ActualChange& c : preview.changes)
        if (c.account < slot.size()) slot[c.account] = 0;
    std::vector<Account> changed;
    for (size_t i = 0; i < slot.size(); i++)
        if (slot[i] == 0) {
            slot[i] = static_cast<long>(changed.size());
            changed.push_back(ws.accounts[i]);
        }
    for (const ActualChange& c : preview.changes)
        if (c.account < slot.size()) set_figure(changed[slot[c.account]], month_text(c.month), Figure::Actual, c.after);
    return changed;
}

std::string actuals_import_label(const ActualsPreview& preview) {
    const size_t months = preview.changes.size();
    const int accounts = preview.changed_accounts;
    return "Import actuals: " + std::to_string(months) + (months == 1 ? " month in " : " months in ") +
           std::to_string(accounts) + (accounts == 1 ? " account" : " accounts");
}

}  // namespace kam
