// The programme figures family (protocol_figures.hpp): the coordinator's programme_query and the
// figures it is answered with (issue 24). The server sends them protected
// (figures/published_programme.hpp): counts under 5 are marks, never numbers, and the figures
// are the very export another programme can import for pooling (stats/pooled_figures.hpp), so
// the app reads them with the same strict parser that an import goes through.

#include "stats/pooled_figures.hpp"
#include "sync/protocol_families.hpp"

namespace bro::protocol::detail {

namespace {

PublishedMean read_mean(const json &mj, Reader &r)
{
    PublishedMean m;
    if (!mj.is_object()) {
        r.fail(code::wrong_type, "'means' items must be objects");
        return m;
    }
    ProtocolError err;
    Reader mr(mj, err, "means");
    m.id = mr.text("id", true, max_id_bytes);
    m.shown = mr.boolean("shown", true, false);
    if (m.shown) {
        const json *v = mr.get("value", true);
        if (v && !v->is_number())
            mr.fail(code::wrong_type, "'value' must be a number");
        else if (v)
            m.value = v->get<double>();
        // A mean or median stands on 5 answers or more, or it is not shown at all; without `n`
        // it says only that (its n would tell a count the figures hide).
        m.n = static_cast<int>(mr.integer("n", false, 5, std::numeric_limits<int>::max(), 0));
    }
    if (!mr.ok())
        r.fail(err.code.c_str(), "means: " + err.message);
    return m;
}

} // namespace

bool read_figures_client(const std::string &type, const std::string &id, Reader &r,
                         ClientMessage &out)
{
    if (type != "programme_query")
        return false;
    ProgrammeQuery m;
    m.id = id;
    r.period(m.from, m.to);
    out = std::move(m);
    return true;
}

bool read_figures_server(const std::string &type, const std::string &id, Reader &r,
                         ServerMessage &out)
{
    if (type != "programme")
        return false;
    Programme m;
    m.id = id;
    r.period(m.from, m.to);
    auto &p = m.published;
    p.ok = r.boolean("ok", true, false);
    p.target = static_cast<int>(r.integer("target", true, 0, 1000000, 0));
    if (const json *years = r.array("years", true)) {
        if (years->size() > 1000)
            r.fail(code::bad_value, "'years' has more than 1000 years");
        for (const auto &y : *years) {
            if (!r.ok())
                break;
            if (!y.is_number_integer() || y.get<std::int64_t>() < 1 || y.get<std::int64_t>() > 9999)
                r.fail(code::bad_value, "'years' holds years from 1 to 9999");
            else
                p.years.push_back(y.get<int>());
        }
    }
    if (p.ok) {
        if (const json *figures = r.get("figures", true)) {
            if (!figures->is_object()) {
                r.fail(code::wrong_type, "'figures' must be an object");
            } else {
                auto imported = stats::parse_pooled_figures(figures->dump());
                if (!imported.ok())
                    r.fail(code::bad_value, "figures: " + imported.errors.front());
                else
                    p.figures = std::move(imported.figures);
            }
        }
        if (const json *means = r.array("means", true)) {
            if (means->size() > 10000)
                r.fail(code::bad_value, "'means' has more than 10000 items");
            for (const auto &mj : *means) {
                if (!r.ok())
                    break;
                p.means.push_back(read_mean(mj, r));
            }
        }
    }
    out = std::move(m);
    return true;
}

json write(const ProgrammeQuery &m)
{
    return {{"type", "programme_query"}, {"id", m.id}, {"from", m.from}, {"to", m.to}};
}

json write(const Programme &m)
{
    const auto &p = m.published;
    json means = json::array();
    for (const auto &x : p.means)
        means.push_back(!x.shown ? json{{"id", x.id}, {"shown", false}}
                        : x.n > 0
                            ? json{{"id", x.id}, {"shown", true}, {"value", x.value}, {"n", x.n}}
                            : json{{"id", x.id}, {"shown", true}, {"value", x.value}});
    json out{{"type", "programme"}, {"id", m.id},
             {"from", m.from},      {"to", m.to},
             {"ok", p.ok},          {"target", p.target},
             {"years", p.years},    {"means", std::move(means)}};
    if (p.ok)
        out["figures"] = json::parse(stats::to_json_text(p.figures));
    return out;
}

} // namespace bro::protocol::detail
