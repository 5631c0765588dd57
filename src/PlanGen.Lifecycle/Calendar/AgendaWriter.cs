using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace PlanGen.Lifecycle.Calendar;

/// <summary>
/// Writes agenda items as an iCalendar file that Outlook and Google import: all-day events (DTEND is the
/// day after, as RFC 5545 wants) and a UID per item that stays the same between builds, so a re-import
/// updates instead of duplicating. Calendars only take an update whose SEQUENCE went up, so the writer
/// reads the file it wrote before (<paramref name="previous"/>): an unchanged event keeps its SEQUENCE and
/// DTSTAMP (same data, same bytes); a changed one gets SEQUENCE + 1 and DTSTAMP <paramref name="changedAt"/>;
/// an event that is no longer in the plan is written once more as STATUS:CANCELLED. Each event carries
/// X-PLANGEN-INHOUD, a hash of what it says, to tell changed from unchanged.
/// </summary>
public static class AgendaWriter
{
    private const string ContentProperty = "X-PLANGEN-INHOUD";
    private const string Removed = "verwijderd";

    public static string Write(string calendarName, string uidScope, IReadOnlyList<AgendaItem> items, DateTimeOffset stamp, string? previous = null, DateTimeOffset? changedAt = null)
    {
        var before = Previous(previous);
        var changed = new CalDateTime((changedAt ?? stamp).UtcDateTime, "UTC");
        var calendar = new Ical.Net.Calendar { ProductId = "-//PlanGen//Agenda sociale veiligheid//NL", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Amsterdam");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var uid = Uid(uidScope, item.Key);
            if (!written.Add(uid))
            {
                continue;
            }
            var summary = $"{item.Category}: {item.Summary}";
            var status = item.Cancelled ? "CANCELLED" : "CONFIRMED";
            var content = Hash(summary, item.Description, item.FirstDay, item.LastDay, status);
            var (sequence, dtStamp) = before.TryGetValue(uid, out var old)
                ? old.Content == content ? (old.Sequence, old.Stamp) : (old.Sequence + 1, changed)
                : (0, new CalDateTime(stamp.UtcDateTime, "UTC"));
            calendar.Events.Add(Event(uid, summary, item.Description, item.FirstDay, item.LastDay, item.Category, status, sequence, dtStamp, content));
        }
        // Gone from the plan: cancelled once, so calendars drop it; the next run leaves it out.
        foreach (var (uid, old) in before.Where(b => !written.Contains(b.Key) && b.Value.Content != Removed).OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            calendar.Events.Add(Event(uid, old.Summary, old.Description, old.FirstDay, old.LastDay, old.Category, "CANCELLED", old.Sequence + 1, changed, Removed));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>A name-based id: the same school, year and item always give the same UID.</summary>
    public static string Uid(string scope, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\n" + key));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "@plangen";
    }

    private static CalendarEvent Event(string uid, string summary, string? description, DateOnly first, DateOnly last, string? category, string status, int sequence, CalDateTime stamp, string content)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = uid,
            DtStamp = stamp,
            Start = new CalDateTime(first),
            End = new CalDateTime(last.AddDays(1)),
            Summary = summary,
            Description = description,
            Transparency = "TRANSPARENT",
            Status = status,
            Sequence = sequence,
        };
        if (category is not null)
        {
            calendarEvent.Categories.Add(category);
        }
        calendarEvent.AddProperty(ContentProperty, content);
        return calendarEvent;
    }

    private static string Hash(string summary, string? description, DateOnly first, DateOnly last, string status) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", summary, description ?? "", first.ToString("yyyyMMdd"), last.ToString("yyyyMMdd"), status))).AsSpan(0, 12));

    private sealed record PreviousEvent(string Content, int Sequence, CalDateTime Stamp, string Summary, string? Description, DateOnly FirstDay, DateOnly LastDay, string? Category);

    /// <summary>The events of the file written last time, by UID; an unreadable file counts as none.</summary>
    private static Dictionary<string, PreviousEvent> Previous(string? text)
    {
        var events = new Dictionary<string, PreviousEvent>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return events;
        }
        Ical.Net.Calendar? calendar;
        try
        {
            calendar = Ical.Net.Calendar.Load(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return events;
        }
        foreach (var old in calendar?.Events.ToList() ?? [])
        {
            if (old.Uid is not { } uid || old.DtStamp is not { } stamp || old.Start is not { } start || old.End is not { } end)
            {
                continue;
            }
            var content = old.Properties.Get<string>(ContentProperty) ?? "";
            events[uid] = new PreviousEvent(content, old.Sequence, stamp, old.Summary ?? "", old.Description, start.Date, end.Date.AddDays(-1), old.Categories.FirstOrDefault());
        }
        return events;
    }
}
