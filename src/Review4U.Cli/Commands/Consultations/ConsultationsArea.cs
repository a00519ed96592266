using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

internal static class ConsultationsArea
{
    private const string Meeting = "0193b6a2-7c1e-7000-8000-000000000000";

    public static void Register(IConfigurator config) =>
        config.AddBranch("consultations", area =>
        {
            area.SetDescription("Quarterly consultations and Steering Committee meetings: dates, iCalendar invitations, agenda, attendance, minutes, action items.");
            area.AddCommand<ScheduleCommand>("schedule")
                .WithDescription("Start a meeting's workflow now, as its cron trigger would (once per body, kind and period).")
                .WithExample("consultations", "schedule", "--body", "NACSA-KE", "--period", "2027-Q1")
                .WithExample("consultations", "schedule", "--body", "NACSA-KE", "--kind", "steering-committee", "--period", "2027-03");
            area.AddCommand<ListMeetingsCommand>("list")
                .WithDescription("A body's meetings (status, local start, SEQUENCE, agenda and action counts), or --json.")
                .WithExample("consultations", "list", "--body", "NACSA-KE", "--json");
            area.AddCommand<ShowMeetingCommand>("show")
                .WithDescription("One meeting: participants, agenda with votes, action items, or --json.")
                .WithExample("consultations", "show", Meeting);
            area.AddCommand<ProposeDateCommand>("propose-date")
                .WithDescription("Give the date (the body's local time); the invitations go out as iCalendar REQUEST.")
                .WithExample("consultations", "propose-date", Meeting, "--starts", "2027-02-15T10:00", "--length", "PT2H", "--location", "Nairobi, UNON");
            area.AddCommand<RescheduleCommand>("reschedule")
                .WithDescription("Move the meeting: updated invitations with a higher SEQUENCE; the agenda cut-off moves with it.")
                .WithExample("consultations", "reschedule", Meeting, "--starts", "2027-02-18T14:00");
            area.AddCommand<CancelMeetingCommand>("cancel")
                .WithDescription("Cancel: METHOD:CANCEL to everyone invited; the workflow stops.")
                .WithExample("consultations", "cancel", Meeting, "--reason", "Postponed by the ministry");
            area.AddCommand<AgendaCommand>("agenda")
                .WithDescription("Proposed items with the Steering Committee's votes and the settled order, or --json.")
                .WithExample("consultations", "agenda", Meeting, "--json");
            area.AddCommand<AddItemCommand>("add-item")
                .WithDescription("Propose an agenda item on the secretariat's behalf (until the cut-off).")
                .WithExample("consultations", "add-item", Meeting, "--title", "Follow-up of the VPI priorities");
            area.AddCommand<SettleAgendaCommand>("settle-agenda")
                .WithDescription("Close the Steering Committee's voting now; items with a majority are on the agenda, which is circulated.")
                .WithExample("consultations", "settle-agenda", Meeting);
            area.AddCommand<AttendanceCommand>("attendance")
                .WithDescription("Record registrations or attendance.")
                .WithExample("consultations", "attendance", Meeting, "--email", "a@org.example", "--email", "b@org.example", "--status", "attended");
            area.AddCommand<MinutesCommand>("minutes")
                .WithDescription("Upload the minutes with their action items; the summary goes to the government focal point.")
                .WithExample("consultations", "minutes", Meeting, "--file", "minutes.pdf", "--action", "a@org.example|2027-04-02|Draft the brief");
            area.AddCommand<ActionsCommand>("actions")
                .WithDescription("Action items with owners, due days and status, or --json.")
                .WithExample("consultations", "actions", Meeting, "--json");
            area.AddCommand<AddActionCommand>("add-action")
                .WithDescription("Add an action item after the minutes (it gets the same reminders).")
                .WithExample("consultations", "add-action", Meeting, "--action", "a@org.example|2027-04-02|Draft the brief");
            area.AddCommand<CompleteActionCommand>("complete-action")
                .WithDescription("Mark an action item done; its reminders stop.")
                .WithExample("consultations", "complete-action", Meeting);
            area.AddCommand<ForwardItemCommand>("forward-item")
                .WithDescription("Forward an alliance's agenda item to its regional network's next consultation.")
                .WithExample("consultations", "forward-item", Meeting);
        });
}
