// KAM Canvas: reading and writing the workspace file.
//
// Index
// [SECTION] Numbers (shortest text, exact reading)
// [SECTION] Writer (JSON text straight from the model)
// [SECTION] Writing the workspace
// [SECTION] Parser (strict JSON, pull style)
// [SECTION] Reader (typed values, problems with their paths)
// [SECTION] Field tables (the file layout, one table per struct)
// [SECTION] Header, migration, read_workspace_json()
//
// Why no nlohmann::json tree: a realistic workspace of 5,000 accounts x 30 contacts is a 60 MB file, and
// nlohmann's parser needs over a second to build its tree (0.6 s just to tokenize). So the text is written
// straight from the model, and read back by a small strict pull parser straight into the model. nlohmann
// still provides the shortest double formatting (its Grisu2, a small header-only part).
#include "core/io/json_io.h"

#include "core/io/limits.h"
#include "core/io/migrate_v1.h"
#include "core/io/validate.h"

#include <nlohmann/detail/conversions/to_chars.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cfloat>
#include <clocale>
#include <cmath>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace kam {
namespace {   // everything but the public functions is private to this file

//-----------------------------------------------------------------------------
// [SECTION] Numbers (shortest text, exact reading)
//-----------------------------------------------------------------------------

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Byte equality without a library call: member names and enum values are a few bytes, and memcmp calls
// were a tenth of the reading time. Eight bytes at a time where it can (one load each in wasm too).
static bool same_bytes(const char* a, const char* b, size_t n) {
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        uint64_t x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        if (x != y) return false;
    }
    for (; n > 0; n--)
        if (*a++ != *b++) return false;
    return true;
}
static bool same(std::string_view a, std::string_view b) {
    return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
}

// The double nearest to a JSON number token (already checked by the parser). Clinger's fast path (at most 19
// digits, value below 2^53, |exponent| <= 22: one correctly rounded multiplication or division) covers nearly
// everything we write; strtod does the rest.
static double decimal_to_double(std::string_view token) {
    if (token.empty()) return 0;   // after a syntax error: the read is failing anyway
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    size_t i = 0;
    const bool negative = token[0] == '-';
    if (negative) i++;
    uint64_t mantissa = 0;
    int digits = 0, exponent = 0;
    auto take = [&](char c) {
        if (mantissa == 0 && c == '0') return;   // leading zeros are not significant
        if (++digits <= 19) mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
    };
    for (; i < token.size() && is_digit(token[i]); i++) take(token[i]);
    if (i < token.size() && token[i] == '.')
        for (i++; i < token.size() && is_digit(token[i]); i++, exponent--) take(token[i]);
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        i++;
        const bool negative_exponent = token[i] == '-';
        if (token[i] == '-' || token[i] == '+') i++;
        int e = 0;
        for (; i < token.size(); i++) e = e < 100000 ? e * 10 + (token[i] - '0') : e;
        exponent += negative_exponent ? -e : e;
    }
    if (digits <= 19 && mantissa <= (uint64_t(1) << 53) && exponent >= -22 && exponent <= 22) {
        const double m = static_cast<double>(mantissa);
        const double v = exponent >= 0 ? m * kPow10[exponent] : m / kPow10[-exponent];
        return negative ? -v : v;
    }
    // strtod reads the decimal point of the C locale; the host may have set another one.
    std::string text(token);
    if (const char point = *std::localeconv()->decimal_point; point != '.')
        for (char& c : text)
            if (c == '.') c = point;
    return std::strtod(text.c_str(), nullptr);
}

// Shortest text that reads back as exactly v (finite): whole numbers as integers ("25"), others through
// nlohmann's Grisu2 ("0.1", "1e+300", "-0.0"). std::to_chars for doubles is missing from wasm's libc++.
static char* write_double(char* p, double v) {
    if (v == std::trunc(v) && std::fabs(v) < 1e15 && !(v == 0 && std::signbit(v)))
        return std::to_chars(p, p + 24, static_cast<long long>(v)).ptr;
    return nlohmann::detail::to_chars(p, p + 40, v);
}

// Canvas positions are floats: their own shortest text ("12.3") is much shorter than the double they widen
// to ("12.300000190734863"). Use it when reading it back the way the reader does gives the same float.
static char* write_float(char* p, float v) {
    if (v == std::trunc(v) && std::fabs(v) < 1e15f && !(v == 0 && std::signbit(v)))
        return std::to_chars(p, p + 24, static_cast<long long>(v)).ptr;
    char* end = nlohmann::detail::to_chars(p, p + 40, v);
    if (static_cast<float>(decimal_to_double(std::string_view(p, static_cast<size_t>(end - p)))) == v) return end;
    return write_double(p, static_cast<double>(v));
}

//-----------------------------------------------------------------------------
// [SECTION] Writer (JSON text straight from the model)
//-----------------------------------------------------------------------------

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not valid UTF-8.
static size_t utf8_sequence_length(std::string_view s, size_t i) {
    const auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    const auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
    const unsigned c = byte(0);
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;   // no overlongs, no surrogates
        return byte(1) >= lo && byte(1) <= hi && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return byte(1) >= lo && byte(1) <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

// Bytes that go into a JSON string as they are (ASCII other than controls, quote and backslash).
static constexpr std::array<bool, 256> kPlainByte = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; c++) plain[c] = c != '"' && c != '\\';
    return plain;
}();

class Writer {
public:
    // The text goes into one buffer sized from a guess up front: growing a 60 MB string costs a copy.
    Writer(int indent, size_t size_hint) : indent_(indent) {
        out_.resize(size_hint < 256 ? 256 : size_hint);
        p_ = out_.data();
        end_ = p_ + out_.size();
    }
    std::string finish() {
        out_.resize(static_cast<size_t>(p_ - out_.data()));
        return std::move(out_);
    }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(std::string_view k) {
        separate();
        string(k);
        put(indent_ >= 0 ? std::string_view(": ") : std::string_view(":"));
        after_key_ = true;
    }
    // A key known to need no escaping (our own field names): copied as it is.
    void plain_key(std::string_view k) {
        separate();
        room(k.size() + 4);
        char* p = p_;
        *p++ = '"';
        p = copy_short(p, k.data(), k.size());
        *p++ = '"';
        *p++ = ':';
        if (indent_ >= 0) *p++ = ' ';
        p_ = p;
        after_key_ = true;
    }
    void value(std::string_view s) { separate(); string(s); }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const char* s) { value(std::string_view(s)); }   // not the bool overload
    void value(bool b) { separate(); put(b ? std::string_view("true") : std::string_view("false")); }
    void value(int v) { separate(); room(16); p_ = std::to_chars(p_, p_ + 16, v).ptr; }
    void value(uint64_t v) { separate(); room(24); p_ = std::to_chars(p_, p_ + 24, v).ptr; }
    void value(double v) {
        separate();
        room(48);
        if (std::isfinite(v)) p_ = write_double(p_, v);
        else put("null");   // JSON has no NaN or infinity; reading it back reports the field
    }
    void value(float v) {
        separate();
        room(48);
        if (std::isfinite(v)) p_ = write_float(p_, v);
        else put("null");
    }
    // Our own field names are literals: taken as arrays, their length is a constant. (As string_views
    // they cost a strlen per field in the web build, where link-time optimisation does not inline it.)
    template <size_t N, typename T> void field(const char (&k)[N], const T& v) {
        plain_key(std::string_view(k, N - 1));
        value(v);
    }

private:
    std::string out_;
    char* p_;
    char* end_;
    int indent_;
    int depth_ = 0;
    bool first_ = true;       // nothing written yet in the current container
    bool after_key_ = false;  // the next value belongs to the key just written

    void room(size_t n) {
        if (static_cast<size_t>(end_ - p_) < n) grow(n);
    }
    void grow(size_t n) {
        const size_t used = static_cast<size_t>(p_ - out_.data());
        out_.resize(std::max(used + n, out_.size() + out_.size() / 2));
        p_ = out_.data() + used;
        end_ = out_.data() + out_.size();
    }
    void put(std::string_view s) {
        room(s.size());
        p_ = copy_short(p_, s.data(), s.size());
    }
    void put(char c) {
        room(1);
        *p_++ = c;
    }
    // Copies the few bytes of a key or a literal: eight at a time, without a call to memcpy.
    static char* copy_short(char* to, const char* from, size_t n) {
        for (; n >= 8; to += 8, from += 8, n -= 8) std::memcpy(to, from, 8);
        for (; n > 0; n--) *to++ = *from++;
        return to;
    }
    void newline() {
        if (indent_ < 0) return;
        const size_t n = static_cast<size_t>(depth_ * indent_);
        room(n + 1);
        *p_++ = '\n';
        std::memset(p_, ' ', n);
        p_ += n;
    }
    void separate() {
        if (after_key_) { after_key_ = false; return; }
        if (depth_ == 0) return;
        if (!first_) put(',');
        first_ = false;
        newline();
    }
    void open(char c) { separate(); put(c); depth_++; first_ = true; }
    void close(char c) {
        depth_--;
        if (!first_) newline();   // empty containers stay "[]" and "{}"
        put(c);
        first_ = false;
    }
    // Escapes what JSON requires and replaces bytes that are not UTF-8 with U+FFFD, so the file always parses.
    void string(std::string_view s) {
        room(s.size() * 6 + 2);   // worst case: every byte written as \u00XX
        // A local pointer: a byte stored through p_ could (for the compiler) change p_ itself, which would then
        // be reloaded and stored for every byte.
        char* p = p_;
        *p++ = '"';
        const char* q = s.data();
        const char* const end = q + s.size();
        while (q < end) {
            while (q < end && kPlainByte[static_cast<unsigned char>(*q)]) *p++ = *q++;   // most strings are short
            if (q == end) break;
            const unsigned char c = static_cast<unsigned char>(*q);
            if (c >= 0x80) {
                const size_t n = utf8_sequence_length(s, static_cast<size_t>(q - s.data()));
                p = copy_short(p, n ? q : "\xEF\xBF\xBD", n ? n : 3);
                q += n ? n : 1;
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            case '\b': *p++ = 'b'; break;
            case '\f': *p++ = 'f'; break;
            default:
                static constexpr char kHex[] = "0123456789abcdef";
                const char u[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                p = copy_short(p, u, sizeof(u));
            }
            q++;
        }
        *p++ = '"';
        p_ = p;
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Writing the workspace
//-----------------------------------------------------------------------------

template <typename Enum, size_t N>
static std::string_view enum_name(const std::array<std::string_view, N>& keys, Enum e) {
    const size_t i = static_cast<size_t>(e);
    return i < N ? keys[i] : std::string_view("invalid");   // reads back as a clear "unknown value" problem
}

static std::string color_text(uint32_t rgba) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string s = "#";
    for (int shift = 28; shift >= 0; shift -= 4) s += kHex[(rgba >> shift) & 15];
    return s;
}

template <typename T, typename WriteItem>
static void write_array(Writer& w, std::string_view key, const std::vector<T>& items, WriteItem&& write_item) {
    w.key(key);
    w.begin_array();
    for (const T& item : items) write_item(item);
    w.end_array();
}

static void write_strings(Writer& w, std::string_view key, const std::vector<std::string>& items) {
    write_array(w, key, items, [&](const std::string& s) { w.value(s); });
}

static void write_deviation_rules(Writer& w, const DeviationRules& d) {
    w.key("deviation_rules");
    w.begin_object();
    w.field("share_percent", d.share_percent);
    w.field("amount", d.amount);
    w.field("bias_months", d.bias_months);
    w.field("decline_percent", d.decline_percent);
    w.end_object();
}

// {"executive": 1, "mentor": 3, ...}: months per kind of review; an account writes only what it sets.
template <typename Slot> static void write_cadence(Writer& w, const std::array<Slot, kReviewKinds>& cadence) {
    w.key("cadence");
    w.begin_object();
    for (size_t k = 0; k < kReviewKinds; k++) {
        if constexpr (std::is_same_v<Slot, int>) w.key(kReviewKindKeys[k]), w.value(cadence[k]);
        else if (cadence[k]) w.key(kReviewKindKeys[k]), w.value(*cadence[k]);
    }
    w.end_object();
}

static void write_contact(Writer& w, const Contact& c) {
    w.begin_object();
    w.field("id", c.id);
    w.field("name", c.name);
    w.field("title", c.title);
    w.field("department", c.department);
    w.field("location", c.location);
    w.field("product_line", c.product_line);
    w.field("level", c.level);
    w.field("role", enum_name(kBuyingRoleKeys, c.role));
    w.field("piece", enum_name(kChessPieceKeys, c.piece));
    w.field("power", c.power);
    w.field("attitude", c.attitude);
    w.field("notes", c.notes);
    w.field("x", c.x);
    w.field("y", c.y);
    // Most contacts have no development plan: written only when there is one (the file of a large
    // workspace is mostly contacts).
    if (c.development != Development{}) {
        const Development& d = c.development;
        w.key("development");
        w.begin_object();
        w.field("now", enum_name(kRelationshipLevelKeys, d.now));
        w.field("target", enum_name(kRelationshipLevelKeys, d.target));
        w.field("developer", d.developer);
        w.field("by", d.by);
        w.field("next_step", d.next_step);
        w.end_object();
    }
    w.end_object();
}

static void write_swot(Writer& w, std::string_view key, const std::vector<SwotItem>& items) {
    write_array(w, key, items, [&](const SwotItem& item) {
        w.begin_object();
        w.field("text", item.text);
        w.field("visibility", enum_name(kVisibilityKeys, item.visibility));
        w.field("link", enum_name(kItemLinkKeys, item.link));
        w.field("target", item.target);
        if (item.link == ItemLink::Cell) w.field("offering", item.offering);
        w.end_object();
    });
}

static void write_plan(Writer& w, const Plan& plan) {
    w.key("plan");
    w.begin_object();
    w.field("period", plan.period);
    w.field("valid_until", plan.valid_until);
    w.field("status", enum_name(kPlanStatusKeys, plan.status));
    write_array(w, "agreed", plan.agreed, [&](const Agreement& a) {
        w.begin_object();
        w.field("person", a.person);
        w.field("date", a.date);
        w.end_object();
    });
    write_strings(w, "customer_objectives", plan.customer_objectives);
    w.field("buying_process", plan.buying_process);
    w.field("budget_cycle", plan.budget_cycle);
    w.field("key_dates", plan.key_dates);
    write_array(w, "competitors", plan.competitors, [&](const Competitor& c) {
        w.begin_object();
        w.field("name", c.name);
        w.field("offering", c.offering);
        w.field("position", c.position);
        w.field("threat", enum_name(kThreatLevelKeys, c.threat));
        w.end_object();
    });
    write_swot(w, "strengths", plan.strengths);
    write_swot(w, "weaknesses", plan.weaknesses);
    write_swot(w, "opportunities", plan.opportunities);
    write_swot(w, "threats", plan.threats);
    write_array(w, "value_added", plan.value_added, [&](const ValueItem& v) {
        w.begin_object();
        w.field("text", v.text);
        w.field("for_contact", v.for_contact);
        w.field("evidence", v.evidence);
        w.field("value_per_year", v.value_per_year);
        w.field("status", enum_name(kValueStatusKeys, v.status));
        w.field("visibility", enum_name(kVisibilityKeys, v.visibility));
        w.end_object();
    });
    write_array(w, "objectives", plan.objectives, [&](const Objective& o) {
        w.begin_object();
        w.field("id", o.id);
        w.field("text", o.text);
        w.field("kind", enum_name(kObjectiveKindKeys, o.kind));
        w.field("measure", o.measure);
        w.field("start", o.start);
        w.field("target", o.target);
        w.field("current", o.current);
        w.field("due", o.due);
        w.field("owner", o.owner);
        w.field("status", enum_name(kObjectiveStatusKeys, o.status));
        w.field("visibility", enum_name(kVisibilityKeys, o.visibility));
        w.end_object();
    });
    write_array(w, "units", plan.units, [&](const BusinessUnit& u) {
        w.begin_object();
        w.field("id", u.id);
        w.field("name", u.name);
        w.end_object();
    });
    write_array(w, "whitespace", plan.whitespace, [&](const WhitespaceCell& c) {
        w.begin_object();
        w.field("unit", c.unit);
        w.field("offering", c.offering);
        w.field("status", enum_name(kCellStatusKeys, c.status));
        w.field("value", c.value);
        w.field("competitor", c.competitor);
        write_strings(w, "contacts", c.contacts);
        w.end_object();
    });
    write_array(w, "actions", plan.actions, [&](const Action& a) {
        w.begin_object();
        w.field("text", a.text);
        w.field("objective", a.objective);
        w.field("owner", a.owner);
        w.field("due", a.due);
        w.field("status", enum_name(kActionStatusKeys, a.status));
        w.field("done_on", a.done_on);
        w.field("visibility", enum_name(kVisibilityKeys, a.visibility));
        if (!a.deviation.empty()) w.field("deviation", a.deviation);
        w.end_object();
    });
    w.end_object();
}

static void write_account(Writer& w, const Account& a) {
    w.begin_object();
    w.field("id", a.id);
    w.field("name", a.name);
    w.field("industry", a.industry);
    w.field("industry_rank", a.industry_rank);
    w.field("competitive_position", a.competitive_position);
    w.field("notes", a.notes);
    w.field("manager", a.manager);
    w.field("mentor", a.mentor);
    write_strings(w, "team", a.team);
    w.field("stage", enum_name(kStageKeys, a.stage));
    w.field("partnership", enum_name(kPartnershipLevelKeys, a.partnership));
    write_array(w, "stage_history", a.stage_history, [&](const StageChange& c) {
        w.begin_object();
        w.field("date", c.date);
        w.field("stage", enum_name(kStageKeys, c.stage));
        w.field("note", c.note);
        w.end_object();
    });
    write_array(w, "level_history", a.level_history, [&](const LevelChange& c) {
        w.begin_object();
        w.field("date", c.date);
        w.field("level", enum_name(kPartnershipLevelKeys, c.level));
        w.field("note", c.note);
        w.end_object();
    });
    w.field("annual_sales", a.annual_sales);
    w.key("scores");
    w.begin_object();
    for (const auto& [criterion, score] : a.scores) {
        w.key(criterion);   // an id: escaped like any string
        w.value(score);
    }
    w.end_object();
    if (a.tier_override) {   // absent means "no override"
        w.key("tier_override");
        w.begin_object();
        w.field("tier", a.tier_override->tier);
        w.field("reason", a.tier_override->reason);
        w.end_object();
    }
    write_array(w, "contacts", a.contacts, [&](const Contact& c) { write_contact(w, c); });
    write_array(w, "links", a.links, [&](const Link& l) {
        w.begin_object();
        w.field("from", l.from);
        w.field("to", l.to);
        w.field("kind", enum_name(kLinkKindKeys, l.kind));
        w.field("strength", l.strength);
        w.end_object();
    });
    write_array(w, "coverage", a.coverage, [&](const Coverage& c) {
        w.begin_object();
        w.field("person", c.person);
        w.field("contact", c.contact);
        w.field("strength", c.strength);
        w.field("last_contact", c.last_contact);
        w.end_object();
    });
    write_plan(w, a.plan);
    write_array(w, "months", a.months, [&](const MonthFigures& m) {
        w.begin_object();
        w.field("month", m.month);
        if (m.forecast) w.field("forecast", *m.forecast);   // absent means "no figure", unlike 0
        if (m.actual) w.field("actual", *m.actual);
        w.end_object();
    });
    write_array(w, "investigations", a.investigations, [&](const Investigation& inv) {
        w.begin_object();
        w.field("month", inv.month);
        w.field("cause", enum_name(kDeviationCauseKeys, inv.cause));
        w.field("explanation", inv.explanation);
        w.field("owner", inv.owner);
        w.end_object();
    });
    write_array(w, "reviews", a.reviews, [&](const Review& r) {
        w.begin_object();
        w.field("date", r.date);
        w.field("kind", enum_name(kReviewKindKeys, r.kind));
        w.field("reviewer", r.reviewer);
        write_strings(w, "attendees", r.attendees);
        write_strings(w, "contacts", r.contacts);
        w.field("notes", r.notes);
        write_strings(w, "decisions", r.decisions);
        w.field("plan_reviewed", r.plan_reviewed);   // also for other kinds: write then read gives back the same
        w.end_object();
    });
    // What the account does differently from the workspace; absent means "as the workspace".
    if (!a.currency.empty()) w.field("currency", a.currency);
    if (a.deviation_rules) write_deviation_rules(w, *a.deviation_rules);
    if (std::any_of(a.cadence.begin(), a.cadence.end(), [](const std::optional<int>& c) { return c.has_value(); }))
        write_cadence(w, a.cadence);
    write_array(w, "health_history", a.health_history, [&](const HealthPoint& h) {
        w.begin_object();
        w.field("month", h.month);
        w.field("score", h.score);
        w.end_object();
    });
    w.end_object();
}

// Roughly the compact size of the file (typical field lengths), so the buffer rarely grows.
static size_t estimate_size(const Account& a) {
    const Plan& plan = a.plan;
    return 1200 + a.notes.size() + a.competitive_position.size() + a.team.size() * 8 + a.scores.size() * 24 +
           a.contacts.size() * 240 + a.links.size() * 64 + a.coverage.size() * 90 + a.months.size() * 56 +
           a.reviews.size() * 120 + plan.objectives.size() * 260 + plan.actions.size() * 180 +
           plan.value_added.size() * 200 + plan.competitors.size() * 120 + plan.agreed.size() * 48 +
           (plan.strengths.size() + plan.weaknesses.size() + plan.opportunities.size() + plan.threats.size()) * 110;
}

// The team, the criteria and the tier scheme: the workspace's, or a snapshot's as they were.
static void write_selection(Writer& w, const std::vector<Person>& team, const std::vector<Criterion>& criteria, const TierScheme& scheme) {
    write_array(w, "team", team, [&](const Person& p) {
        w.begin_object();
        w.field("id", p.id);
        w.field("name", p.name);
        w.field("role", p.role);
        w.field("email", p.email);
        w.field("seniority", enum_name(kSeniorityKeys, p.seniority));
        w.end_object();
    });
    write_array(w, "criteria", criteria, [&](const Criterion& c) {
        w.begin_object();
        w.field("id", c.id);
        w.field("name", c.name);
        w.field("description", c.description);
        w.field("weight", c.weight);
        w.field("axis", enum_name(kAxisKeys, c.axis));
        w.field("guide_low", c.guide_low);
        w.field("guide_mid", c.guide_mid);
        w.field("guide_high", c.guide_high);
        w.end_object();
    });
    w.key("tier_scheme");
    w.begin_object();
    write_array(w, "tiers", scheme.tiers, [&](const Tier& t) {
        w.begin_object();
        w.field("name", t.name);
        w.field("color", color_text(t.color));
        w.field("min_score", t.min_score);
        w.end_object();
    });
    w.field("missing", enum_name(kMissingScoresKeys, scheme.missing));
    w.field("top_tier_capacity", scheme.top_tier_capacity);
    w.end_object();
}

// Snapshots share accounts: one the workspace holds as it is now is written as its id alone.
static void write_snapshot_array(Writer& w, const Workspace& ws, std::vector<std::shared_ptr<const Account>>* named_by_id = nullptr,
                                 const KnownSame& known_same = {}) {
    std::unordered_map<std::string_view, const Account*> now;
    now.reserve(ws.accounts.size());
    for (const Account& a : ws.accounts) now.emplace(a.id, &a);
    w.begin_array();
    for (const Snapshot& snapshot : ws.snapshots) {
        w.begin_object();
        w.field("id", snapshot.id);
        w.field("name", snapshot.name);
        w.field("taken", snapshot.taken);
        write_selection(w, snapshot.team, snapshot.criteria, snapshot.tier_scheme);
        write_array(w, "accounts", snapshot.accounts, [&](const std::shared_ptr<const Account>& a) {
            const auto it = now.find(a->id);
            if (it == now.end() || !((known_same && known_same(a)) || *it->second == *a)) return write_account(w, *a);
            w.value(a->id);
            if (named_by_id) named_by_id->push_back(a);
        });
        w.end_object();
    }
    w.end_array();
}

static void write_snapshots(Writer& w, const Workspace& ws) {
    if (ws.snapshots.empty()) return;
    w.key("snapshots");
    write_snapshot_array(w, ws);
}

// Of the whole file, or ('whole' false) of what is left without the accounts and snapshots: storage
// writes that head at every autosave, and a buffer sized for the accounts (60 MB in a large
// workspace) would cost more than writing the head itself.
static size_t estimate_size(const Workspace& ws, int indent, bool whole) {
    size_t n = 2048 + ws.team.size() * 160 + ws.criteria.size() * 400 + ws.tier_scheme.tiers.size() * 80;
    if (whole)
        for (const Account& a : ws.accounts) n += estimate_size(a);
    return indent < 0 ? n : n + n * static_cast<size_t>(indent) * 2 / 5;   // newlines and indentation
}

}  // namespace

std::string write_workspace_json(const Workspace& ws, int indent, bool whole) {
    Writer w(indent, estimate_size(ws, indent, whole));
    w.begin_object();
    w.field("format", kFormatName);
    w.field("version", kFormatVersion);
    w.field("name", ws.name);
    w.field("next_id", ws.next_id);
    write_selection(w, ws.team, ws.criteria, ws.tier_scheme);
    write_array(w, "offerings", ws.offerings, [&](const Offering& o) {
        w.begin_object();
        w.field("id", o.id);
        w.field("name", o.name);
        w.end_object();
    });
    w.key("review_defaults");
    w.begin_object();
    w.field("currency", ws.review_defaults.currency);
    write_deviation_rules(w, ws.review_defaults.deviation_rules);
    write_cadence(w, ws.review_defaults.cadence);
    w.end_object();
    w.key("health_rules");
    w.begin_object();
    w.key("weights");
    w.begin_object();
    for (size_t i = 0; i < kHealthParts; i++) w.key(kHealthPartKeys[i]), w.value(ws.health_rules.weights[i]);
    w.end_object();
    w.field("healthy", ws.health_rules.healthy);
    w.field("watch", ws.health_rules.watch);
    w.field("contact_days", ws.health_rules.contact_days);
    w.end_object();
    if (whole) write_snapshots(w, ws);
    static const std::vector<Account> kNone;
    write_array(w, "accounts", whole ? ws.accounts : kNone, [&](const Account& a) { write_account(w, a); });
    w.end_object();
    return w.finish();
}

size_t snapshots_bytes(const Workspace& ws) {
    Writer w(-1, 256);
    w.begin_object();
    write_snapshots(w, ws);
    w.end_object();
    return w.finish().size() - 2;   // not the braces around
}

std::string write_snapshots_json(const Workspace& ws, std::vector<std::shared_ptr<const Account>>* named_by_id, const KnownSame& known_same) {
    Writer w(-1, 256);
    write_snapshot_array(w, ws, named_by_id, known_same);
    return w.finish();
}

std::string json_string(std::string_view s) {
    Writer w(-1, s.size() * 6 + 2);
    w.value(s);
    return w.finish();
}

std::string write_accounts_json(const Account* first, size_t count) {
    size_t size = 2;
    for (size_t i = 0; i < count; i++) size += estimate_size(first[i]);
    Writer w(-1, size);
    w.begin_array();
    for (size_t i = 0; i < count; i++) write_account(w, first[i]);
    w.end_array();
    return w.finish();
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Parser (strict JSON, pull style)
//-----------------------------------------------------------------------------

enum class Kind : uint8_t { Null, False, True, Number, String, Array, Object, Error };

// Strict RFC 8259 JSON (what nlohmann accepts: no comments, no trailing commas, UTF-8 only), read on demand:
// the caller asks for the value it expects next. The first syntax error stops everything (every later call
// is a no-op) and is the only problem reported. Never throws; nesting depth costs heap, not stack.
class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;   // a byte order mark, as some Windows editors write
    }
    bool failed() const { return failed_; }
    // The failure is a limit (kMaxNesting), not a syntax error: the text may well be valid JSON.
    bool beyond_limit() const { return beyond_limit_; }
    size_t error_offset() const { return error_offset_; }   // 0-based
    const std::string& error() const { return error_; }

    // Kind of the next value (skipping whitespace); Error at the end of input or on a character that cannot
    // start a value.
    Kind peek() {
        skip_whitespace();
        if (pos_ >= s_.size()) return fail_kind(pos_, "unexpected end of input");
        switch (s_[pos_]) {
        case '{': return Kind::Object;
        case '[': return Kind::Array;
        case '"': return Kind::String;
        case 't': return Kind::True;
        case 'f': return Kind::False;
        case 'n': return Kind::Null;
        default: return s_[pos_] == '-' || is_digit(s_[pos_]) ? Kind::Number : fail_kind(pos_, unexpected(pos_));
        }
    }
    // Consumes the '{' or '[' that peek() reported.
    void enter() {
        pos_++;
        first_ = true;
    }
    // Moves to the next member of the object entered last: false at its end (consumed) or on an error.
    // 'expected' is the name the caller expects next, if any. Files we write have their members in a known
    // order and no spaces, so that name is checked in place, which is much quicker than scanning the name
    // and looking it up; when it is found, key is 'expected' itself (key.data() == expected.data()).
    bool next_member(std::string_view& key, std::string_view expected = {}) {
        if (!next_item('}')) return false;
        const size_t n = expected.size();
        if (n > 0 && pos_ + n + 2 < s_.size() && s_[pos_] == '"' && s_[pos_ + n + 1] == '"' &&
            s_[pos_ + n + 2] == ':' && same_bytes(s_.data() + pos_ + 1, expected.data(), n)) {
            pos_ += n + 3;
            key = expected;
            return true;
        }
        if (pos_ >= s_.size() || s_[pos_] != '"') return fail(pos_, "expected a string as member name");
        key = read_key();
        skip_whitespace();
        if (pos_ >= s_.size() || s_[pos_] != ':') return fail(pos_, "expected ':' after the member name");
        pos_++;
        return !failed_;
    }
    bool next_element() { return next_item(']'); }

    void read_string(std::string& out) {
        const size_t start = pos_ + 1;
        size_t end = plain_run(start);
        // Letters beyond ASCII ("Åsa Öberg") are common: valid UTF-8 is taken as it is too, in one piece.
        while (end < s_.size() && static_cast<unsigned char>(s_[end]) >= 0x80) {
            const size_t n = utf8_sequence_length(s_, end);
            if (n == 0) break;   // invalid: decode_string() reports it
            end = plain_run(end + n);
        }
        if (end < s_.size() && s_[end] == '"') {   // the common case: nothing to decode
            out.assign(s_.data() + start, end - start);
            pos_ = end + 1;
            return;
        }
        decode_string(out);
    }
    std::string_view read_number() {
        const size_t start = pos_;
        if (s_[pos_] == '-') pos_++;
        if (at_digit() && s_[pos_] == '0') pos_++;
        else if (!digits()) return fail(pos_, "invalid number"), std::string_view();
        if (pos_ < s_.size() && s_[pos_] == '.') {
            pos_++;
            if (!digits()) return fail(pos_, "invalid number"), std::string_view();
        }
        const size_t mantissa_end = pos_;
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            pos_++;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) pos_++;
            if (!digits()) return fail(pos_, "invalid number"), std::string_view();
        }
        const std::string_view token = s_.substr(start, pos_ - start);
        // Beyond a double's range (1e400) no number of the model can hold it: refused here, as nlohmann
        // refuses it. Only a number with an exponent or over 300 digits can be that large.
        if ((pos_ != mantissa_end || mantissa_end - start > 300) && !std::isfinite(decimal_to_double(token)))
            return fail(start, "number out of range: " + std::string(token.substr(0, 40))), std::string_view();
        return token;
    }
    // Consumes null, true or false (whichever peek() reported).
    void read_literal(Kind kind) {
        const std::string_view word = kind == Kind::Null ? "null" : kind == Kind::True ? "true" : "false";
        if (s_.substr(pos_, word.size()) == word) pos_ += word.size();
        else fail(pos_, "invalid literal");
    }
    // Skips one value of any kind, checking its syntax all the same.
    void skip_value() {
        std::vector<char>& open = skip_stack_;   // the containers being skipped, innermost last
        open.clear();
        std::string scratch;
        std::string_view key;
        for (;;) {
            const Kind kind = peek();
            bool entered = false;
            switch (kind) {
            case Kind::Object:
            case Kind::Array:
                // Skipped values are the only ones that nest as deep as the text says: the reader
                // enters only the containers of our format.
                if (open.size() >= kMaxNesting) {
                    fail(pos_, "nested deeper than the limit of " + std::to_string(kMaxNesting) + " levels");
                    beyond_limit_ = true;
                    return;
                }
                enter();
                if (kind == Kind::Object ? next_member(key) : next_element()) {
                    open.push_back(kind == Kind::Object ? '}' : ']');
                    entered = true;
                }
                break;
            case Kind::String: read_string(scratch); break;
            case Kind::Number: read_number(); break;
            case Kind::Error: return;
            default: read_literal(kind);
            }
            if (entered) continue;   // its first value comes next
            // After a value: move on in the enclosing containers, closing those that end here.
            for (;;) {
                if (failed_ || open.empty()) return;
                if (open.back() == '}' ? next_member(key) : next_element()) break;
                open.pop_back();
            }
        }
    }
    // Only whitespace may follow the document.
    void finish() {
        skip_whitespace();
        if (pos_ < s_.size()) fail(pos_, "unexpected content after the document: " + unexpected(pos_));
    }

private:
    std::string_view s_;
    size_t pos_ = 0;
    bool first_ = false;   // just entered a container: no ',' before its first item
    bool failed_ = false;
    bool beyond_limit_ = false;
    size_t error_offset_ = 0;
    std::string error_;
    std::deque<std::string> escaped_keys_;   // member names that had escapes, decoded; kept so keys stay valid
    std::vector<char> skip_stack_;

    bool fail(size_t at, std::string message) {
        if (!failed_) {
            failed_ = true;
            error_offset_ = at;
            error_ = std::move(message);
        }
        pos_ = s_.size();   // nothing more will be read
        return false;
    }
    Kind fail_kind(size_t at, std::string message) {
        fail(at, std::move(message));
        return Kind::Error;
    }
    std::string unexpected(size_t at) const {
        const unsigned char c = static_cast<unsigned char>(s_[at]);
        if (c > 0x20 && c < 0x7F) return std::string("unexpected character '") + s_[at] + "'";
        static constexpr char kHex[] = "0123456789ABCDEF";
        return std::string("unexpected byte 0x") + kHex[c >> 4] + kHex[c & 15];
    }
    void skip_whitespace() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t'))
            pos_++;
    }
    bool at_digit() const { return pos_ < s_.size() && is_digit(s_[pos_]); }
    bool digits() {
        if (!at_digit()) return false;
        while (at_digit()) pos_++;
        return true;
    }
    // Before an item of the current container: the ',' between items, or its end.
    bool next_item(char close) {
        skip_whitespace();
        if (pos_ >= s_.size()) return fail(pos_, std::string("unexpected end of input; expected '") + close + "'");
        const bool first = first_;
        first_ = false;
        if (s_[pos_] == close) {
            pos_++;
            return false;
        }
        if (first) return true;
        if (s_[pos_] != ',') return fail(pos_, std::string("expected ',' or '") + close + "'");
        pos_++;   // what follows must be an item: "[1,]" fails when the item is read
        skip_whitespace();
        return true;
    }
    // End of the run of plain string bytes from i. (Eight bytes at a time was slower: most strings are short.)
    size_t plain_run(size_t i) const {
        while (i < s_.size() && kPlainByte[static_cast<unsigned char>(s_[i])]) i++;
        return i;
    }
    std::string_view read_key() {
        const size_t start = pos_ + 1;
        const size_t end = plain_run(start);
        if (end < s_.size() && s_[end] == '"') {
            pos_ = end + 1;
            return s_.substr(start, end - start);
        }
        decode_string(escaped_keys_.emplace_back());
        return escaped_keys_.back();
    }
    // A string with escapes or non-ASCII characters, from its opening quote.
    void decode_string(std::string& out) {
        out.clear();
        size_t i = pos_ + 1;
        for (;;) {
            const size_t run = i;
            i = plain_run(i);
            out.append(s_.data() + run, i - run);
            if (i >= s_.size()) { fail(i, "unexpected end of input in a string"); return; }
            const unsigned char c = static_cast<unsigned char>(s_[i]);
            if (c == '"') break;
            if (c == '\\') {
                if (!decode_escape(i, out)) return;
            } else if (c >= 0x80) {
                const size_t n = utf8_sequence_length(s_, i);
                if (n == 0) { fail(i, "invalid UTF-8 in a string"); return; }
                out.append(s_.data() + i, n);
                i += n;
            } else {
                fail(i, "control character in a string (it must be escaped)");
                return;
            }
        }
        pos_ = i + 1;
    }
    bool hex4(size_t at, uint32_t& out) {
        out = 0;
        if (at + 4 > s_.size()) return false;
        const auto r = std::from_chars(s_.data() + at, s_.data() + at + 4, out, 16);
        return r.ptr == s_.data() + at + 4 && s_[at] != '+' && s_[at] != '-';
    }
    // The escape at s_[i] ('\\'): appends what it stands for and moves i past it.
    bool decode_escape(size_t& i, std::string& out) {
        if (i + 1 >= s_.size()) return fail(i, "unexpected end of input in a string");
        const char e = s_[i + 1];
        const char* simple = nullptr;
        switch (e) {
        case '"': simple = "\""; break;
        case '\\': simple = "\\"; break;
        case '/': simple = "/"; break;
        case 'b': simple = "\b"; break;
        case 'f': simple = "\f"; break;
        case 'n': simple = "\n"; break;
        case 'r': simple = "\r"; break;
        case 't': simple = "\t"; break;
        case 'u': break;
        default: return fail(i, "invalid escape in a string");
        }
        if (simple) {
            out += *simple;
            i += 2;
            return true;
        }
        uint32_t cp = 0, low = 0;
        if (!hex4(i + 2, cp)) return fail(i, "invalid \\u escape (expected four hex digits)");
        i += 6;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return fail(i - 6, "invalid \\u escape (a lone low surrogate)");
        if (cp >= 0xD800 && cp <= 0xDBFF) {   // UTF-16 pair: the low half must follow
            if (s_.substr(i, 2) != "\\u" || !hex4(i + 2, low) || low < 0xDC00 || low > 0xDFFF)
                return fail(i - 6, "invalid \\u escape (a high surrogate without its low half)");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
        }
        char utf8[4];
        int n = 0;
        if (cp < 0x80) {
            utf8[n++] = static_cast<char>(cp);
        } else if (cp < 0x800) {
            utf8[n++] = static_cast<char>(0xC0 | (cp >> 6));
            utf8[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            utf8[n++] = static_cast<char>(0xE0 | (cp >> 12));
            utf8[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            utf8[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            utf8[n++] = static_cast<char>(0xF0 | (cp >> 18));
            utf8[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            utf8[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            utf8[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        }
        out.append(utf8, static_cast<size_t>(n));
        return true;
    }
};

// "not valid JSON: syntax error at line 3, column 7 (byte 45): expected ',' or '}'"
static std::string syntax_problem(std::string_view text, const Parser& p) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return "not valid JSON: the text is empty";
    const size_t at = std::min(p.error_offset(), text.size());
    size_t line = 1, column = 1;
    for (size_t i = 0; i < at; i++) {
        if (text[i] == '\n') { line++; column = 1; }
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) column++;   // characters, not bytes
    }
    return std::string(p.beyond_limit() ? "refused at line " : "not valid JSON: syntax error at line ") +
           std::to_string(line) + ", column " + std::to_string(column) + " (byte " + std::to_string(at + 1) +
           "): " + p.error();
}

// Consumes the next value and says what it was: "null", "true", "number 2.5", "string \"abc\"", "array".
static std::string describe_and_skip(Parser& p) {
    const Kind kind = p.peek();
    switch (kind) {
    case Kind::Null:
    case Kind::True:
    case Kind::False:
        p.read_literal(kind);
        return kind == Kind::Null ? "null" : kind == Kind::True ? "true" : "false";
    case Kind::Number: {
        const std::string_view token = p.read_number();
        return "number " + std::string(token.substr(0, 40)) + (token.size() > 40 ? "..." : "");
    }
    case Kind::String: {
        std::string s;
        p.read_string(s);
        return "string " + quote(s);
    }
    case Kind::Array: p.skip_value(); return "array";
    case Kind::Object: p.skip_value(); return "object";
    default: return "nothing";   // a syntax error, which is all that will be reported
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Reader (typed values, problems with their paths)
//-----------------------------------------------------------------------------

// A number token as a whole number: integral says whether it is one (2, 2.0 and 2e0 all are: some tools
// write every number as a float); overflow when it does not fit 64 bits.
struct Integer {
    bool integral = false, negative = false, overflow = false;
    uint64_t magnitude = 0;
};

static Integer parse_integer(std::string_view token) {
    Integer n;
    if (token.empty()) return n;   // after a syntax error: the read is failing anyway
    size_t i = token[0] == '-' ? 1 : 0;
    n.negative = i == 1;
    if (std::all_of(token.begin() + static_cast<std::ptrdiff_t>(i), token.end(), is_digit)) {
        n.integral = true;
        for (; i < token.size(); i++) {
            const uint64_t digit = static_cast<uint64_t>(token[i] - '0');
            if (n.magnitude > (UINT64_MAX - digit) / 10) { n.overflow = true; break; }
            n.magnitude = n.magnitude * 10 + digit;
        }
        return n;
    }
    const double d = decimal_to_double(token);
    n.integral = std::isfinite(d) && d == std::trunc(d);
    n.negative = d < 0;
    n.overflow = std::fabs(d) >= 18446744073709551616.0;   // 2^64
    if (n.integral && !n.overflow) n.magnitude = static_cast<uint64_t>(std::fabs(d));
    return n;
}

class Reader;

// One member of a JSON object and how to read it into T.
template <typename T> struct Field {
    std::string_view key;
    void (*read)(Reader&, T&);
    bool required = false;
};
inline constexpr bool kRequired = true;

class Reader {
public:
    Reader(Parser& parser, ReadMode mode, int version)
        : p_(parser), check_texts_(mode == ReadMode::Import), version_(version) {}
    int version() const { return version_; }   // of the file being read (older ones are migrated)
    std::vector<Problem> problems;
    // A snapshot's accounts written as their ids: the workspace's accounts of those ids, as they are
    // now. Each stands in as an account with only its id until the whole workspace is read.
    std::unordered_set<const Account*> shared_with_now;
    bool next_is_string() { return p_.peek() == Kind::String; }

    // Reports a problem at the value being read.
    void fail(std::string message) {
        std::string where;
        for (const Segment& segment : path_) segment.append_to(where);
        here_.append_to(where);
        problems.push_back({where.empty() ? "/" : std::move(where), std::move(message)});
    }

    // The value being read, into a model field. On a type mismatch the value is skipped and reported.
    // Any text: at most kMaxTextBytes, no NUL.
    void get(std::string& out) {
        if (p_.peek() != Kind::String) return mismatch("string");
        p_.read_string(out);
        if (!check_texts_) return;
        if (out.size() > kMaxTextBytes) {
            fail("a text of " + describe_size_over(out.size()) + ", longer than the limit of " + describe_bytes(kMaxTextBytes));
            out.clear();
        } else if (out.find('\0') != std::string::npos) {
            fail("contains a NUL character (U+0000)");
        }
    }
    // A one-line text (a name, title, id): at most kMaxLineChars characters, none of them a control character.
    void get_line(std::string& out) {
        if (p_.peek() != Kind::String) return mismatch("string");
        p_.read_string(out);
        if (!check_texts_) return;
        size_t chars = 0;
        for (const char c : out) {
            const unsigned char byte = static_cast<unsigned char>(c);
            if (byte < 0x20 || byte == 0x7F) {
                char code[8];
                std::snprintf(code, sizeof code, "U+%04X", byte);
                return fail("contains a control character (" + std::string(code) + ") at character " + std::to_string(chars + 1));
            }
            chars += (byte & 0xC0) != 0x80;   // UTF-8: count the first byte of each character
        }
        if (chars > kMaxLineChars) {
            fail(std::to_string(chars) + " characters, longer than the limit of " + std::to_string(kMaxLineChars));
            out.clear();
        }
    }
    void get(bool& out) {
        const Kind kind = p_.peek();
        if (kind != Kind::True && kind != Kind::False) return mismatch("boolean");
        p_.read_literal(kind);
        out = kind == Kind::True;
    }
    void get(double& out) {
        if (p_.peek() != Kind::Number) return mismatch("number");
        const std::string_view token = p_.read_number();
        out = decimal_to_double(token);   // finite: the parser refuses a number beyond a double's range
    }
    void get(std::optional<double>& out) { get(out.emplace()); }
    void get(std::optional<int>& out) { get(out.emplace()); }
    void get(float& out) {
        if (p_.peek() != Kind::Number) return mismatch("number");
        const std::string_view token = p_.read_number();
        const double d = decimal_to_double(token);
        // The shortest text of FLT_MAX ("3.4028235e+38") reads as a double a little above it: that still rounds
        // to FLT_MAX, as does anything below FLT_MAX + half its last unit.
        constexpr double kFloatOverflow = static_cast<double>(FLT_MAX) + 0x1p103;
        if (!(std::fabs(d) < kFloatOverflow)) return fail("out of range, got " + std::string(token));
        out = d > FLT_MAX ? FLT_MAX : d < -FLT_MAX ? -FLT_MAX : static_cast<float>(d);
    }
    void get(int& out) {
        if (p_.peek() != Kind::Number) return mismatch("integer");
        const std::string_view token = p_.read_number();
        const Integer n = parse_integer(token);
        if (!n.integral) return fail("expected integer, got number " + std::string(token));
        if (n.overflow || n.magnitude > (n.negative ? 2147483648u : 2147483647u))
            return fail("out of range, got " + std::string(token));
        out = n.negative ? static_cast<int>(-static_cast<int64_t>(n.magnitude)) : static_cast<int>(n.magnitude);
    }
    void get(uint64_t& out) {
        if (p_.peek() != Kind::Number) return mismatch("integer");
        const std::string_view token = p_.read_number();
        const Integer n = parse_integer(token);
        if (!n.integral) return fail("expected integer, got number " + std::string(token));
        if (n.overflow || (n.negative && n.magnitude != 0)) return fail("out of range, got " + std::string(token));
        out = n.magnitude;
    }
    void get(std::vector<std::string>& out) {
        get_array(out, [](Reader& r, std::string& s) { r.get(s); });
    }
    // An object of criterion id -> score.
    void get(std::map<Id, double>& out) {
        if (p_.peek() != Kind::Object) return mismatch("object");
        Descend descend(*this);
        p_.enter();
        std::string_view key;
        while (p_.next_member(key)) {
            here_ = {key};
            const size_t before = out.size();
            auto it = out.try_emplace(out.end(), std::string(key));   // we write them sorted: hint the end
            if (out.size() == before) {
                refuse_duplicate(key);
                continue;
            }
            get(it->second);
        }
    }
    template <typename Enum, size_t N> void get_enum(Enum& out, const std::array<std::string_view, N>& keys) {
        if (p_.peek() != Kind::String) return mismatch("string");
        p_.read_string(scratch_);
        for (size_t i = 0; i < N; i++) {
            if (same(keys[i], scratch_)) {
                out = static_cast<Enum>(i);
                return;
            }
        }
        std::string message = "unknown value " + quote(scratch_) + ", expected one of ";
        for (size_t i = 0; i < N; i++) message += (i ? ", " : "") + quote(keys[i]);
        fail(std::move(message));
    }
    // "#RRGGBBAA", or "#RRGGBB" for an opaque color.
    void get_color(uint32_t& out) {
        if (p_.peek() != Kind::String) return mismatch("a color \"#RRGGBBAA\"");
        p_.read_string(scratch_);
        const std::string& s = scratch_;
        uint32_t rgba = 0;
        const char* end = s.data() + s.size();
        const bool ok = (s.size() == 9 || s.size() == 7) && s[0] == '#' && s[1] != '+' && s[1] != '-' &&
                        std::from_chars(s.data() + 1, end, rgba, 16).ptr == end;
        if (!ok) return fail("expected a color \"#RRGGBBAA\", got string " + quote(s));
        out = s.size() == 7 ? (rgba << 8) | 0xFF : rgba;
    }
    template <typename T, size_t N> void get_object(T& out, const Field<T> (&fields)[N]) {
        if (p_.peek() != Kind::Object) return mismatch("object");
        Descend descend(*this);
        members(out, fields);
    }
    // The members of the object about to be read (peek() said Object), by the field table: unknown members
    // are skipped, null counts as absent, missing required ones are reported.
    template <typename T, size_t N> void members(T& out, const Field<T> (&fields)[N]) {
        static_assert(N <= 64, "one bit per field");
        p_.enter();
        uint64_t seen = 0, named = 0;   // fields read; fields named (also as null)
        size_t next = 0;   // files we write have the members in table order: try that first
        std::string_view key;
        while (p_.next_member(key, next < N ? fields[next].key : std::string_view())) {
            here_ = {key};
            size_t i = next < N && key.data() == fields[next].key.data() ? next : 0;
            while (i < N && !same(fields[i].key, key)) i++;
            if (i == N) {
                p_.skip_value();
                continue;
            }
            next = i + 1;
            if (named >> i & 1) {   // which one would count is anyone's guess: refuse both
                refuse_duplicate(key);
                continue;
            }
            named |= uint64_t(1) << i;
            if (p_.peek() == Kind::Null) {
                p_.read_literal(Kind::Null);
                continue;
            }
            seen |= uint64_t(1) << i;
            fields[i].read(*this, out);
        }
        if (p_.failed()) return;
        for (size_t i = 0; i < N; i++) {
            if (fields[i].required && !(seen >> i & 1)) {
                here_ = {fields[i].key};
                fail("missing (required)");
            }
        }
    }
    // Elements for an array member read before (a workspace read in pieces), appended: their indexes count on
    // from the elements already there.
    template <typename T, typename ReadItem>
    void append_array(std::string_view member, std::vector<T>& out, ReadItem&& read_item) {
        here_ = {member};
        if (p_.peek() != Kind::Array) return mismatch("array");
        Descend descend(*this);
        p_.enter();
        elements(out, read_item);
    }
    // site: any address that tells this array apart (arrays at the same site tend to have similar sizes).
    template <typename T, typename ReadItem>
    void get_array(std::vector<T>& out, ReadItem&& read_item, const void* site = nullptr) {
        if (p_.peek() != Kind::Array) return mismatch("array");
        Descend descend(*this);
        p_.enter();
        out.clear();
        const size_t hint = site ? size_hint(site) : SIZE_MAX;   // an index: nested arrays add hints
        if (hint != SIZE_MAX) out.reserve(size_hints_[hint].second);   // growing one by one cost a tenth of reading
        elements(out, read_item);
        if (hint == SIZE_MAX) return;
        size_hints_[hint].second = out.size();
        if (out.capacity() > 2 * out.size() + 4) out.shrink_to_fit();   // the guess was far too big
    }

private:
    // One step of a JSON pointer: a member name (pointing into the text: it outlives the read), or an index.
    // Paths are only spelled out for a problem; most reads have none.
    struct Segment {
        std::string_view key;
        size_t index = SIZE_MAX;   // SIZE_MAX for a member
        void append_to(std::string& path) const {
            if (index == SIZE_MAX && key.empty()) return;   // the document itself
            path += '/';
            path += index == SIZE_MAX ? pointer_token(key) : std::to_string(index);
        }
    };
    Parser& p_;
    bool check_texts_;            // the limits on texts (not on what storage holds: see ReadMode)
    int version_;
    std::vector<Segment> path_;   // the containers being read, outermost first
    Segment here_;                // the member or element being read in the innermost one
    std::string scratch_;
    std::vector<std::pair<const void*, size_t>> size_hints_;   // the last size of an array read at each site

    // The elements of the array just entered, appended to out (an element's index in the path is its index in out).
    template <typename T, typename ReadItem> void elements(std::vector<T>& out, ReadItem& read_item) {
        while (p_.next_element()) {
            here_ = {{}, out.size()};
            read_item(*this, out.emplace_back());
        }
    }

    size_t size_hint(const void* site) {
        for (size_t i = 0; i < size_hints_.size(); i++)
            if (size_hints_[i].first == site) return i;
        size_hints_.emplace_back(site, 0);
        return size_hints_.size() - 1;
    }

    // A member named a second time in one object: reported, and its value skipped.
    void refuse_duplicate(std::string_view key) {
        fail("duplicate member " + quote(key) + " in one object");
        p_.skip_value();
    }
    void mismatch(const char* expected) {
        std::string got = describe_and_skip(p_);
        fail(std::string("expected ") + expected + ", got " + got);
    }
    // While alive, the value being read is the container the path leads into.
    class Descend {
    public:
        explicit Descend(Reader& r) : r_(r) { r.path_.push_back(r.here_); }
        ~Descend() {
            r_.here_ = r_.path_.back();
            r_.path_.pop_back();
        }
        Descend(const Descend&) = delete;
        Descend& operator=(const Descend&) = delete;
    private:
        Reader& r_;
    };
};

//-----------------------------------------------------------------------------
// [SECTION] Field tables (the file layout, one table per struct)
//-----------------------------------------------------------------------------

template <typename> struct MemberOf;
template <typename C, typename M> struct MemberOf<M C::*> { using Class = C; };
template <auto Member> using ClassOf = typename MemberOf<decltype(Member)>::Class;

// Field readers, instantiated per member: {"title", line<&Contact::title>}.
template <auto Member> void value(Reader& r, ClassOf<Member>& o) { r.get(o.*Member); }
template <auto Member> void line(Reader& r, ClassOf<Member>& o) { r.get_line(o.*Member); }   // names, titles, ids
template <auto Member, const auto& Keys> void enumeration(Reader& r, ClassOf<Member>& o) {
    r.get_enum(o.*Member, Keys);
}
template <auto Member> void color(Reader& r, ClassOf<Member>& o) { r.get_color(o.*Member); }
template <auto Member, const auto& Fields> void object(Reader& r, ClassOf<Member>& o) {
    r.get_object(o.*Member, Fields);
}
template <auto Member, const auto& Fields> void optional_object(Reader& r, ClassOf<Member>& o) {
    r.get_object((o.*Member).emplace(), Fields);
}
template <auto Member, const auto& Fields> void objects(Reader& r, ClassOf<Member>& o) {
    r.get_array(o.*Member, [](Reader& reader, auto& item) { reader.get_object(item, Fields); }, &Fields);
}

static constexpr Field<Person> kPersonFields[] = {
    {"id", line<&Person::id>, kRequired},
    {"name", line<&Person::name>, kRequired},
    {"role", line<&Person::role>},
    {"email", line<&Person::email>},
    {"seniority", enumeration<&Person::seniority, kSeniorityKeys>},
};
static constexpr Field<Criterion> kCriterionFields[] = {
    {"id", line<&Criterion::id>, kRequired},
    {"name", line<&Criterion::name>, kRequired},
    {"description", value<&Criterion::description>},
    {"weight", value<&Criterion::weight>},
    {"axis", enumeration<&Criterion::axis, kAxisKeys>},
    {"guide_low", value<&Criterion::guide_low>},
    {"guide_mid", value<&Criterion::guide_mid>},
    {"guide_high", value<&Criterion::guide_high>},
};
static constexpr Field<Tier> kTierFields[] = {
    {"name", line<&Tier::name>, kRequired},
    {"color", color<&Tier::color>},
    {"min_score", value<&Tier::min_score>},
};
static constexpr Field<TierScheme> kTierSchemeFields[] = {
    {"tiers", objects<&TierScheme::tiers, kTierFields>},
    {"missing", enumeration<&TierScheme::missing, kMissingScoresKeys>},
    {"top_tier_capacity", value<&TierScheme::top_tier_capacity>},
};
static constexpr Field<Development> kDevelopmentFields[] = {
    {"now", enumeration<&Development::now, kRelationshipLevelKeys>},
    {"target", enumeration<&Development::target, kRelationshipLevelKeys>},
    {"developer", line<&Development::developer>},
    {"by", line<&Development::by>},
    {"next_step", value<&Development::next_step>},
};
static constexpr Field<Contact> kContactFields[] = {
    {"id", line<&Contact::id>, kRequired},
    {"name", line<&Contact::name>, kRequired},
    {"title", line<&Contact::title>},
    {"department", line<&Contact::department>},
    {"location", line<&Contact::location>},
    {"product_line", line<&Contact::product_line>},
    {"level", value<&Contact::level>},
    {"role", enumeration<&Contact::role, kBuyingRoleKeys>},
    {"piece", enumeration<&Contact::piece, kChessPieceKeys>},
    {"power", value<&Contact::power>},
    {"attitude", value<&Contact::attitude>},
    {"notes", value<&Contact::notes>},
    {"x", value<&Contact::x>},
    {"y", value<&Contact::y>},
    {"development", object<&Contact::development, kDevelopmentFields>},   // absent: none
};
static constexpr Field<Link> kLinkFields[] = {
    {"from", line<&Link::from>, kRequired},
    {"to", line<&Link::to>, kRequired},
    {"kind", enumeration<&Link::kind, kLinkKindKeys>},
    {"strength", value<&Link::strength>},
};
static constexpr Field<Coverage> kCoverageFields[] = {
    {"person", line<&Coverage::person>, kRequired},
    {"contact", line<&Coverage::contact>, kRequired},
    {"strength", value<&Coverage::strength>},
    {"last_contact", line<&Coverage::last_contact>},
};
static constexpr Field<Agreement> kAgreementFields[] = {
    {"person", line<&Agreement::person>, kRequired},
    {"date", line<&Agreement::date>},
};
static constexpr Field<Competitor> kCompetitorFields[] = {
    {"name", line<&Competitor::name>, kRequired},
    {"offering", value<&Competitor::offering>},
    {"position", value<&Competitor::position>},
    {"threat", enumeration<&Competitor::threat, kThreatLevelKeys>},
};
static constexpr Field<SwotItem> kSwotItemFields[] = {
    {"text", value<&SwotItem::text>},
    {"visibility", enumeration<&SwotItem::visibility, kVisibilityKeys>},
    {"link", enumeration<&SwotItem::link, kItemLinkKeys>},
    {"target", line<&SwotItem::target>},
    {"offering", line<&SwotItem::offering>},
};
static constexpr Field<ValueItem> kValueItemFields[] = {
    {"text", value<&ValueItem::text>},
    {"for_contact", line<&ValueItem::for_contact>},
    {"evidence", value<&ValueItem::evidence>},
    {"value_per_year", value<&ValueItem::value_per_year>},
    {"status", enumeration<&ValueItem::status, kValueStatusKeys>},
    {"visibility", enumeration<&ValueItem::visibility, kVisibilityKeys>},
};
static constexpr Field<Objective> kObjectiveFields[] = {
    {"id", line<&Objective::id>, kRequired},
    {"text", value<&Objective::text>},
    {"kind", enumeration<&Objective::kind, kObjectiveKindKeys>},
    {"measure", line<&Objective::measure>},
    {"start", value<&Objective::start>},
    {"target", value<&Objective::target>},
    {"current", value<&Objective::current>},
    {"due", line<&Objective::due>},
    {"owner", line<&Objective::owner>},
    {"status", enumeration<&Objective::status, kObjectiveStatusKeys>},
    {"visibility", enumeration<&Objective::visibility, kVisibilityKeys>},
};
static constexpr Field<Action> kActionFields[] = {
    {"text", value<&Action::text>},
    {"objective", line<&Action::objective>},
    {"owner", line<&Action::owner>},
    {"due", line<&Action::due>},
    {"status", enumeration<&Action::status, kActionStatusKeys>},
    {"done_on", line<&Action::done_on>},
    {"visibility", enumeration<&Action::visibility, kVisibilityKeys>},
    {"deviation", line<&Action::deviation>},
};
static constexpr Field<BusinessUnit> kUnitFields[] = {
    {"id", line<&BusinessUnit::id>, kRequired},
    {"name", line<&BusinessUnit::name>, kRequired},
};
static constexpr Field<WhitespaceCell> kCellFields[] = {
    {"unit", line<&WhitespaceCell::unit>, kRequired},
    {"offering", line<&WhitespaceCell::offering>, kRequired},
    {"status", enumeration<&WhitespaceCell::status, kCellStatusKeys>},
    {"value", value<&WhitespaceCell::value>},
    {"competitor", line<&WhitespaceCell::competitor>},
    {"contacts", value<&WhitespaceCell::contacts>},
};
static constexpr Field<Offering> kOfferingFields[] = {
    {"id", line<&Offering::id>, kRequired},
    {"name", line<&Offering::name>, kRequired},
};
static constexpr Field<Plan> kPlanFields[] = {
    {"period", line<&Plan::period>},
    {"valid_until", line<&Plan::valid_until>},
    {"status", enumeration<&Plan::status, kPlanStatusKeys>},
    {"agreed", objects<&Plan::agreed, kAgreementFields>},
    {"customer_objectives", value<&Plan::customer_objectives>},
    {"buying_process", value<&Plan::buying_process>},
    {"budget_cycle", value<&Plan::budget_cycle>},
    {"key_dates", value<&Plan::key_dates>},
    {"competitors", objects<&Plan::competitors, kCompetitorFields>},
    {"strengths", objects<&Plan::strengths, kSwotItemFields>},
    {"weaknesses", objects<&Plan::weaknesses, kSwotItemFields>},
    {"opportunities", objects<&Plan::opportunities, kSwotItemFields>},
    {"threats", objects<&Plan::threats, kSwotItemFields>},
    {"value_added", objects<&Plan::value_added, kValueItemFields>},
    {"objectives", objects<&Plan::objectives, kObjectiveFields>},
    {"units", objects<&Plan::units, kUnitFields>},
    {"whitespace", objects<&Plan::whitespace, kCellFields>},
    {"actions", objects<&Plan::actions, kActionFields>},
};
// Version 1's plan (migrate_v1.h): lists of texts, objectives without ids, actions done or not.
static constexpr Field<ObjectiveV1> kObjectiveV1Fields[] = {
    {"text", value<&ObjectiveV1::text>},
    {"achieved", value<&ObjectiveV1::achieved>},
};
static constexpr Field<ActionV1> kActionV1Fields[] = {
    {"text", value<&ActionV1::text>},
    {"owner", line<&ActionV1::owner>},
    {"due", line<&ActionV1::due>},
    {"done", value<&ActionV1::done>},
};
static constexpr Field<PlanV1> kPlanV1Fields[] = {
    {"strengths", value<&PlanV1::strengths>},
    {"weaknesses", value<&PlanV1::weaknesses>},
    {"opportunities", value<&PlanV1::opportunities>},
    {"threats", value<&PlanV1::threats>},
    {"value_added", value<&PlanV1::value_added>},
    {"objectives", objects<&PlanV1::objectives, kObjectiveV1Fields>},
    {"actions", objects<&PlanV1::actions, kActionV1Fields>},
};
// The plan in the file's own version, brought up to date.
static void plan_of_any_version(Reader& r, Account& a) {
    if (r.version() >= 2) return r.get_object(a.plan, kPlanFields);
    PlanV1 old;
    r.get_object(old, kPlanV1Fields);
    a.plan = migrate_plan(std::move(old));
}
static constexpr Field<MonthFigures> kMonthFields[] = {
    {"month", line<&MonthFigures::month>, kRequired},
    {"forecast", value<&MonthFigures::forecast>},   // absent: no figure
    {"actual", value<&MonthFigures::actual>},
};
static constexpr Field<Investigation> kInvestigationFields[] = {
    {"month", line<&Investigation::month>, kRequired},
    {"cause", enumeration<&Investigation::cause, kDeviationCauseKeys>},
    {"explanation", value<&Investigation::explanation>},
    {"owner", line<&Investigation::owner>},
};
static constexpr Field<Review> kReviewFields[] = {
    {"date", line<&Review::date>, kRequired},
    {"kind", enumeration<&Review::kind, kReviewKindKeys>},
    {"reviewer", line<&Review::reviewer>},
    {"attendees", value<&Review::attendees>},
    {"contacts", value<&Review::contacts>},
    {"notes", value<&Review::notes>},
    {"decisions", value<&Review::decisions>},
    {"plan_reviewed", value<&Review::plan_reviewed>},
};
static constexpr Field<DeviationRules> kDeviationRulesFields[] = {
    {"share_percent", value<&DeviationRules::share_percent>},
    {"amount", value<&DeviationRules::amount>},
    {"bias_months", value<&DeviationRules::bias_months>},
    {"decline_percent", value<&DeviationRules::decline_percent>},
};
// A cadence is an array indexed by ReviewKind, read as an object with one member per kind.
template <typename Cadence, size_t Kind> void cadence_slot(Reader& r, Cadence& c) { r.get(c[Kind]); }
template <typename Cadence> static constexpr Field<Cadence> kCadenceFields[] = {
    {kReviewKindKeys[0], cadence_slot<Cadence, 0>},
    {kReviewKindKeys[1], cadence_slot<Cadence, 1>},
    {kReviewKindKeys[2], cadence_slot<Cadence, 2>},
    {kReviewKindKeys[3], cadence_slot<Cadence, 3>},
};
static_assert(kReviewKinds == 4, "one cadence field per kind of review");
static constexpr Field<ReviewDefaults> kReviewDefaultsFields[] = {
    {"currency", line<&ReviewDefaults::currency>},
    {"deviation_rules", object<&ReviewDefaults::deviation_rules, kDeviationRulesFields>},
    {"cadence", object<&ReviewDefaults::cadence, kCadenceFields<ReviewCadence>>},
};
// Health weights: an array indexed by HealthPart, read as an object with one member per part.
template <size_t Part> void weight_slot(Reader& r, std::array<double, kHealthParts>& w) { r.get(w[Part]); }
static constexpr Field<std::array<double, kHealthParts>> kHealthWeightFields[] = {
    {kHealthPartKeys[0], weight_slot<0>}, {kHealthPartKeys[1], weight_slot<1>}, {kHealthPartKeys[2], weight_slot<2>},
    {kHealthPartKeys[3], weight_slot<3>}, {kHealthPartKeys[4], weight_slot<4>}, {kHealthPartKeys[5], weight_slot<5>},
    {kHealthPartKeys[6], weight_slot<6>},
};
static_assert(kHealthParts == 7, "one weight field per part of account health");
static constexpr Field<HealthRules> kHealthRulesFields[] = {
    {"weights", object<&HealthRules::weights, kHealthWeightFields>},
    {"healthy", value<&HealthRules::healthy>},
    {"watch", value<&HealthRules::watch>},
    {"contact_days", value<&HealthRules::contact_days>},
};
static constexpr Field<HealthPoint> kHealthPointFields[] = {
    {"month", line<&HealthPoint::month>, kRequired},
    {"score", value<&HealthPoint::score>, kRequired},
};
static constexpr Field<StageChange> kStageChangeFields[] = {
    {"date", line<&StageChange::date>, kRequired},
    {"stage", enumeration<&StageChange::stage, kStageKeys>},
    {"note", value<&StageChange::note>},
};
static constexpr Field<LevelChange> kLevelChangeFields[] = {
    {"date", line<&LevelChange::date>, kRequired},
    {"level", enumeration<&LevelChange::level, kPartnershipLevelKeys>},
    {"note", value<&LevelChange::note>},
};
static constexpr Field<TierOverride> kTierOverrideFields[] = {
    {"tier", line<&TierOverride::tier>, kRequired},
    {"reason", value<&TierOverride::reason>},   // validation says why an empty reason is wrong
};
// The months as written, put in order when they are all valid and distinct: every reader of the
// figures (set_figure's insert, the dashboard reading the last two years from the end) relies on it,
// and a hand-edited file may list them in any order. Months the validator will refuse stay as they
// are, so that its paths name the entries of the file.
static void months_in_order(Reader& r, Account& a) {
    objects<&Account::months, kMonthFields>(r, a);
    const auto earlier = [](const MonthFigures& x, const MonthFigures& y) { return x.month < y.month; };
    if (std::is_sorted(a.months.begin(), a.months.end(), earlier)) return;
    const auto refused = [](const std::optional<double>& x) { return x && !is_sane_figure(*x); };
    for (const MonthFigures& m : a.months)
        if (!is_valid_month(m.month) || refused(m.forecast) || refused(m.actual)) return;
    std::vector<MonthFigures> sorted = a.months;
    std::sort(sorted.begin(), sorted.end(), earlier);
    if (std::adjacent_find(sorted.begin(), sorted.end(), [](const MonthFigures& x, const MonthFigures& y) { return x.month == y.month; }) !=
        sorted.end())
        return;
    a.months = std::move(sorted);
}
static constexpr Field<Account> kAccountFields[] = {
    {"id", line<&Account::id>, kRequired},
    {"name", line<&Account::name>, kRequired},
    {"industry", line<&Account::industry>},
    {"industry_rank", value<&Account::industry_rank>},
    {"competitive_position", value<&Account::competitive_position>},
    {"notes", value<&Account::notes>},
    {"manager", line<&Account::manager>},
    {"mentor", line<&Account::mentor>},
    {"team", value<&Account::team>},
    {"stage", enumeration<&Account::stage, kStageKeys>},
    {"partnership", enumeration<&Account::partnership, kPartnershipLevelKeys>},
    {"stage_history", objects<&Account::stage_history, kStageChangeFields>},
    {"level_history", objects<&Account::level_history, kLevelChangeFields>},
    {"annual_sales", value<&Account::annual_sales>},
    {"scores", value<&Account::scores>},
    {"tier_override", optional_object<&Account::tier_override, kTierOverrideFields>},   // absent: none
    {"contacts", objects<&Account::contacts, kContactFields>},
    {"links", objects<&Account::links, kLinkFields>},
    {"coverage", objects<&Account::coverage, kCoverageFields>},
    {"plan", plan_of_any_version},
    {"months", months_in_order},
    {"investigations", objects<&Account::investigations, kInvestigationFields>},
    {"reviews", objects<&Account::reviews, kReviewFields>},
    {"currency", line<&Account::currency>},
    {"deviation_rules", optional_object<&Account::deviation_rules, kDeviationRulesFields>},
    {"cadence", object<&Account::cadence, kCadenceFields<decltype(Account::cadence)>>},
    {"health_history", objects<&Account::health_history, kHealthPointFields>},
};
// An element of a snapshot's "accounts": an account, or the id of one the workspace holds as it is now.
static void snapshot_account(Reader& r, std::shared_ptr<const Account>& out) {
    auto a = std::make_shared<Account>();
    if (r.next_is_string()) {
        r.get_line(a->id);
        r.shared_with_now.insert(a.get());
    } else {
        r.get_object(*a, kAccountFields);
    }
    out = std::move(a);
}
static void snapshot_accounts(Reader& r, Snapshot& s) {
    r.get_array(s.accounts, snapshot_account);
}
static constexpr Field<Snapshot> kSnapshotFields[] = {
    {"id", line<&Snapshot::id>, kRequired},
    {"name", line<&Snapshot::name>},
    {"taken", line<&Snapshot::taken>},
    {"team", objects<&Snapshot::team, kPersonFields>},
    {"criteria", objects<&Snapshot::criteria, kCriterionFields>},
    {"tier_scheme", object<&Snapshot::tier_scheme, kTierSchemeFields>},
    {"accounts", snapshot_accounts},
};

// "format" and "version" are checked before (check_header) and skipped here like any unknown member.
static constexpr Field<Workspace> kWorkspaceFields[] = {
    {"name", line<&Workspace::name>},
    {"next_id", value<&Workspace::next_id>},
    {"team", objects<&Workspace::team, kPersonFields>},
    {"criteria", objects<&Workspace::criteria, kCriterionFields>},
    {"tier_scheme", object<&Workspace::tier_scheme, kTierSchemeFields>},
    {"offerings", objects<&Workspace::offerings, kOfferingFields>},
    {"review_defaults", object<&Workspace::review_defaults, kReviewDefaultsFields>},
    {"health_rules", object<&Workspace::health_rules, kHealthRulesFields>},
    {"snapshots", objects<&Workspace::snapshots, kSnapshotFields>},
    {"accounts", objects<&Workspace::accounts, kAccountFields>},
};

//-----------------------------------------------------------------------------
// [SECTION] Header, migration, read_workspace_json()
//-----------------------------------------------------------------------------

// Migration: an older file is read in its own layout where that differs (plan_of_any_version() reads a
// version-1 plan and migrate_v1.h brings it up to date), then finish() completes the step (objectives get
// ids). Old files are read once and saved in the new format; check_header() refuses versions below 1.

// Reads "format" and "version" before anything else. Our files start with them, so this reads a few bytes;
// a hand-written file may have them anywhere, and then this scans the top level once more.
// False (with the one problem to report) when the rest must not be read.
static bool check_header(std::string_view text, int& version, std::vector<Problem>& problems) {
    Parser p(text);
    // Before refusing a file for what it says, check that it is JSON at all: "not valid JSON" is the truer
    // message then. (Only refusals pay for reading the whole text here.)
    auto refuse = [&](const char* path, std::string message) {
        Parser whole(text);
        if (!p.failed()) {
            whole.skip_value();
            whole.finish();
        }
        const Parser& syntax = p.failed() ? p : whole;
        if (syntax.failed()) problems.push_back({"/", syntax_problem(text, syntax)});
        else problems.push_back({path, std::move(message)});
        return false;
    };
    if (p.peek() != Kind::Object) return refuse("/", "not a KAM Canvas file (expected an object, got " +
                                                         describe_and_skip(p) + ")");
    p.enter();
    std::string_view key;
    std::string format, format_got, version_got;
    std::string_view version_token;
    bool have_format = false, have_version = false;
    while (!(have_format && have_version) && p.next_member(key)) {
        if (key == "format" && !have_format) {
            have_format = true;
            if (p.peek() == Kind::String) p.read_string(format);
            else format_got = describe_and_skip(p);
        } else if (key == "version" && !have_version) {
            have_version = true;
            if (p.peek() == Kind::Number) version_token = p.read_number();
            else version_got = describe_and_skip(p);
        } else {
            p.skip_value();
        }
    }
    if (p.failed()) return refuse("/", {});
    if (!have_format) return refuse("/format", "not a KAM Canvas file (no \"format\": \"kam-canvas\")");
    if (format != kFormatName)
        return refuse("/format", "not a KAM Canvas file (format is " +
                                     (format_got.empty() ? "string " + quote(format) : format_got) + ")");
    if (!have_version) return refuse("/version", "missing (required)");
    if (!version_got.empty()) return refuse("/version", "expected integer, got " + version_got);
    const Integer n = parse_integer(version_token);
    if (!n.integral) return refuse("/version", "expected integer, got number " + std::string(version_token));
    if (n.negative || n.magnitude < 1)
        return refuse("/version", "unknown format version " + std::string(version_token));
    if (n.overflow || n.magnitude > static_cast<uint64_t>(kFormatVersion)) {
        version = kFormatVersion + 1;   // whatever it is, newer: the caller must not write over it
        return refuse("/version", "made by a newer KAM Canvas (format version " + std::string(version_token) +
                                      "); this one reads up to " + std::to_string(kFormatVersion));
    }
    version = static_cast<int>(n.magnitude);
    return true;
}

// True when path is at or below one of the paths in the set ("/a/0" covers "/a/0" and "/a/0/id").
static bool covered_by(const std::string& path, const std::unordered_set<std::string>& paths) {
    for (size_t end = path.size(); end != std::string::npos && end > 0; end = path.rfind('/', end - 1))
        if (paths.count(path.substr(0, end))) return true;
    return false;
}

}  // namespace

WorkspaceReader::WorkspaceReader(std::string_view document, ReadMode mode) : mode_(mode) {
    if (std::string too_large = file_size_problem(document.size()); !too_large.empty()) {
        problems_ = {{"/", std::move(too_large)}};
        refused_ = true;
        return;
    }
    if (!check_header(document, version_, problems_)) {
        refused_ = true;
        newer_version_ = version_ > kFormatVersion;
        return;
    }
    Parser parser(document);
    Reader reader(parser, mode_, version_);
    if (parser.peek() == Kind::Object) reader.members(ws_, kWorkspaceFields);
    parser.finish();
    if (parser.failed()) {   // nothing else is worth saying about a file that is not JSON
        problems_ = {{"/", syntax_problem(document, parser)}};
        refused_ = true;
        return;
    }
    problems_ = std::move(reader.problems);
    shared_with_now_ = std::move(reader.shared_with_now);
}

void WorkspaceReader::add_accounts(std::string_view json_array, std::string_view name) {
    if (refused_) return;
    Parser parser(json_array);
    Reader reader(parser, mode_, version_);   // the parts of a document are in its version
    reader.append_array("accounts", ws_.accounts, [](Reader& r, Account& a) { r.get_object(a, kAccountFields); });
    parser.finish();
    if (parser.failed()) {
        problems_ = {{"/accounts", std::string(name) + " is " + syntax_problem(json_array, parser)}};
        refused_ = true;
        return;
    }
    for (Problem& p : reader.problems) problems_.push_back(std::move(p));
}

void WorkspaceReader::add_snapshots(std::string_view json_array, std::string_view name) {
    if (refused_) return;
    Parser parser(json_array);
    Reader reader(parser, mode_, version_);
    reader.append_array("snapshots", ws_.snapshots, [](Reader& r, Snapshot& s) { r.get_object(s, kSnapshotFields); });
    parser.finish();
    if (parser.failed()) {
        problems_ = {{"/snapshots", std::string(name) + " is " + syntax_problem(json_array, parser)}};
        refused_ = true;
        return;
    }
    for (Problem& p : reader.problems) problems_.push_back(std::move(p));
    shared_with_now_.merge(reader.shared_with_now);
}

void WorkspaceReader::append(WorkspaceReader&& later) {
    for (Account& a : later.ws_.accounts) ws_.accounts.push_back(std::move(a));
    for (Problem& p : later.problems_) problems_.push_back(std::move(p));
    refused_ = refused_ || later.refused_;
}

WorkspaceReader WorkspaceReader::for_more_parts() const {
    WorkspaceReader more;
    more.mode_ = mode_;
    more.version_ = version_;
    more.refused_ = refused_;
    return more;
}

// Puts the workspace's accounts where its snapshots named them by id (one copy, however many name it).
void WorkspaceReader::share_accounts_with_now(std::vector<Problem>& problems) {
    if (shared_with_now_.empty()) return;
    std::unordered_map<std::string_view, size_t> index;
    for (size_t i = 0; i < ws_.accounts.size(); i++) index.emplace(ws_.accounts[i].id, i);
    std::vector<std::shared_ptr<const Account>> copies(ws_.accounts.size());
    for (size_t s = 0; s < ws_.snapshots.size(); s++) {
        for (size_t k = 0; k < ws_.snapshots[s].accounts.size(); k++) {
            std::shared_ptr<const Account>& slot = ws_.snapshots[s].accounts[k];
            if (!shared_with_now_.count(slot.get())) continue;
            const auto it = index.find(slot->id);
            if (it == index.end()) {
                problems.push_back({"/snapshots/" + std::to_string(s) + "/accounts/" + std::to_string(k),
                                    "names account " + quote(slot->id) + ", which the workspace does not hold (a snapshot shares only the accounts "
                                    "of the workspace)"});
                continue;
            }
            std::shared_ptr<const Account>& copy = copies[it->second];
            if (!copy) copy = std::make_shared<const Account>(ws_.accounts[it->second]);
            slot = copy;
        }
    }
    shared_with_now_.clear();
}

ReadResult WorkspaceReader::finish() {
    ReadResult result;
    result.problems = std::move(problems_);
    result.newer_version = newer_version_;
    if (refused_) return result;
    bump_next_id(ws_);
    if (version_ < 2) give_objectives_ids(ws_);
    share_accounts_with_now(result.problems);
    // A field that could not be read also breaks rules (a missing id is also an empty id): report it once.
    std::unordered_set<std::string> unreadable;
    for (const Problem& p : result.problems) unreadable.insert(p.path);
    for (Problem& p : validate_workspace(ws_))
        if (!covered_by(p.path, unreadable)) result.problems.push_back(std::move(p));

    if (result.problems.empty()) result.workspace = std::move(ws_);
    return result;
}

ReadResult read_workspace_json(std::string_view text) {
    return WorkspaceReader(text).finish();
}

bool written_by_newer_version(std::string_view text) {
    int version = 0;
    std::vector<Problem> problems;
    return !check_header(text, version, problems) && version > kFormatVersion;
}

std::optional<FlatObject> read_flat_object(std::string_view text) {
    Parser parser(text);
    if (parser.peek() != Kind::Object) return std::nullopt;
    parser.enter();
    FlatObject members;
    std::string_view key;
    while (parser.next_member(key)) {
        std::string name(key);
        const Kind kind = parser.peek();
        if (kind == Kind::String) parser.read_string(members.strings[name]);
        else if (kind == Kind::Number) members.numbers[name] = decimal_to_double(parser.read_number());
        else parser.skip_value();
    }
    parser.finish();
    if (parser.failed()) return std::nullopt;
    return members;
}

}  // namespace kam
