using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace PlanGen.Lifecycle.Calendar;

/// <summary>
/// Writes agenda items as an iCalendar file that Outlook and Google import: all-day events (DTEND is the
/// day after, as RFC 5545 wants), a UID per item that stays the same between builds so a re-import
/// updates instead of duplicating, and a fixed DTSTAMP so the same data gives the same bytes.
/// </summary>
public static class AgendaWriter
{
    public static string Write(string calendarName, string uidScope, IReadOnlyList<AgendaItem> items, DateTimeOffset stamp)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//PlanGen//Agenda sociale veiligheid//NL", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Amsterdam");
        var dtStamp = new CalDateTime(stamp.UtcDateTime, "UTC");
        foreach (var item in items)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = Uid(uidScope, item.Key),
                DtStamp = dtStamp,
                Start = new CalDateTime(item.FirstDay),
                End = new CalDateTime(item.LastDay.AddDays(1)),
                Summary = $"{item.Category}: {item.Summary}",
                Description = item.Description,
                Transparency = "TRANSPARENT",
            };
            calendarEvent.Categories.Add(item.Category);
            calendar.Events.Add(calendarEvent);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>A name-based id: the same school, year and item always give the same UID.</summary>
    public static string Uid(string scope, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\n" + key));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "@plangen";
    }
}
