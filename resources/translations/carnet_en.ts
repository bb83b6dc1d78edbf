<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Agenda</name>
    <message>
        <source>Closure: %1</source>
        <translation>Closure: %1</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>MMMM d</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(until %1)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>(staff)</source>
        <translation>(staff)</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <source>MOVED</source>
        <translation>MOVED</translation>
    </message>
    <message>
        <source>Agenda from %1 to %2</source>
        <translation>Agenda from %1 to %2</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No entries.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>&amp;Make a payment…</source>
        <translation>&amp;Make a payment…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Transactions (double-click for details)</source>
        <translation>Transactions (double-click for details)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>History from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Balance due: %1</source>
        <translation>Balance due: %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Credit: %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>%1 takes payments by phone: %2.</source>
        <translation>%1 takes payments by phone: %2.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose a start date before the end date.</source>
        <translation>Choose a start date before the end date.</translation>
    </message>
    <message>
        <source>Export the account history</source>
        <translation>Export the account history</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pay %1</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>%1 asks for the full balance, %2.</source>
        <translation>%1 asks for the full balance, %2.</translation>
    </message>
    <message>
        <source>At least %3, at most the balance, %2.</source>
        <translation>At least %3, at most the balance, %2.</translation>
    </message>
    <message>
        <source>Pay &amp;with</source>
        <translation>Pay &amp;with</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Pay…</translation>
    </message>
    <message>
        <source>Confirm the payment</source>
        <translation>Confirm the payment</translation>
    </message>
    <message>
        <source>Add a payment method in the Wallet first.</source>
        <translation>Add a payment method in the Wallet first.</translation>
    </message>
    <message>
        <source>Pay %1 to %2 with %3?</source>
        <translation>Pay %1 to %2 with %3?</translation>
    </message>
    <message>
        <source>Payment of %1 to %2 with %3 recorded. It is sent to the platform as soon as it can be reached; the receipt arrives by email.</source>
        <translation>Payment of %1 to %2 with %3 recorded. It is sent to the platform as soon as it can be reached; the receipt arrives by email.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Moved: %1</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (staff)</translation>
    </message>
    <message>
        <source>Clashes with another entry (View ▸ Clashes…)</source>
        <translation>Clashes with another entry (View ▸ Clashes…)</translation>
    </message>
    <message>
        <source>entries: %1</source>
        <translation>entries: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <source>Calendar subscription</source>
        <translation>Calendar subscription</translation>
    </message>
    <message>
        <source>A phone or a calendar app can subscribe to the family's calendar: it follows what the organizations change. Whoever has the link sees the calendar, without a password: share it only with people who may.</source>
        <translation>A phone or a calendar app can subscribe to the family's calendar: it follows what the organizations change. Whoever has the link sees the calendar, without a password: share it only with people who may.</translation>
    </message>
    <message>
        <source>Subscription link</source>
        <translation>Subscription link</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the subscription link</source>
        <translation>Copy the subscription link</translation>
    </message>
    <message>
        <source>QR code of the subscription link</source>
        <translation>QR code of the subscription link</translation>
    </message>
    <message>
        <source>Scan it with the phone's camera to subscribe.</source>
        <translation>Scan it with the phone's camera to subscribe.</translation>
    </message>
    <message>
        <source>Show the subscription &amp;link</source>
        <translation>Show the subscription &amp;link</translation>
    </message>
    <message>
        <source>Make a &amp;link</source>
        <translation>Make a &amp;link</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Regenerate…</translation>
    </message>
    <message>
        <source>A new link: the current one stops working.</source>
        <translation>A new link: the current one stops working.</translation>
    </message>
    <message>
        <source>S&amp;top the link…</source>
        <translation>S&amp;top the link…</translation>
    </message>
    <message>
        <source>Regenerate the subscription link</source>
        <translation>Regenerate the subscription link</translation>
    </message>
    <message>
        <source>Make a new link? The current one stops working at once: the calendars subscribed to it stop following the changes until they subscribe to the new one.</source>
        <translation>Make a new link? The current one stops working at once: the calendars subscribed to it stop following the changes until they subscribe to the new one.</translation>
    </message>
    <message>
        <source>Stop the subscription link</source>
        <translation>Stop the subscription link</translation>
    </message>
    <message>
        <source>Stop the link? The calendars subscribed to it stop following the changes. You can make a new link later.</source>
        <translation>Stop the link? The calendars subscribed to it stop following the changes. You can make a new link later.</translation>
    </message>
    <message>
        <source>A subscription link exists, made on another computer (or before this one signed in): Carnet cannot show it here. Regenerate it to show a new one here; the old one then stops working.</source>
        <translation>A subscription link exists, made on another computer (or before this one signed in): Carnet cannot show it here. Regenerate it to show a new one here; the old one then stops working.</translation>
    </message>
    <message>
        <source>There is no subscription link: it was stopped, or never made. Calendars subscribed to an old link no longer follow the changes.</source>
        <translation>There is no subscription link: it was stopped, or never made. Calendars subscribed to an old link no longer follow the changes.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link copied.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (staff)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Person filter</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Organization filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Show the calendar again (Escape)</source>
        <translation>Show the calendar again (Escape)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>Searching every date for “%1”…</source>
        <translation>Searching every date for “%1”…</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 entries contain “%3”, every date</source>
        <translation>Filtered: %1 of %2 entries contain “%3”, every date</translation>
    </message>
</context>
<context>
    <name>CalendarPrinting</name>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>Print the calendar</source>
        <translation>Print the calendar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>The calendar is in %1.</source>
        <translation>The calendar is in %1.</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>Remove from quick access</source>
        <translation>Remove from quick access</translation>
    </message>
    <message>
        <source>Remove %1 from quick access</source>
        <translation>Remove %1 from quick access</translation>
    </message>
    <message>
        <source>This card stays because:</source>
        <translation>This card stays because:</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Passes with %1</source>
        <translation>Passes with %1</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Shop of %1 (opens in the browser)</source>
        <translation>Shop of %1 (opens in the browser)</translation>
    </message>
    <message>
        <source>Balance with %1: %2</source>
        <translation>Balance with %1: %2</translation>
    </message>
    <message>
        <source>Emails (%1)</source>
        <translation>Emails (%1)</translation>
    </message>
    <message>
        <source>Emails from %1, %2 unread</source>
        <translation>Emails from %1, %2 unread</translation>
    </message>
    <message>
        <source>%1 has no online store.</source>
        <translation>%1 has no online store.</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <source>Two places at once</source>
        <translation>Two places at once</translation>
    </message>
    <message>
        <source>Held on a closed day</source>
        <translation>Held on a closed day</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Booked twice</translation>
    </message>
    <message>
        <source>%1 — %2 is closed (%3)</source>
        <translation>%1 — %2 is closed (%3)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Clash</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>ClashesDialog</name>
    <message>
        <source>Clashes</source>
        <translation>Clashes</translation>
    </message>
    <message>
        <source>Two members expected at two places at once, an activity on a day its organization is closed, a member booked twice — from this month on. A dismissed clash stays dismissed; a clash that changes (a moved activity) comes back.</source>
        <translation>Two members expected at two places at once, an activity on a day its organization is closed, a member booked twice — from this month on. A dismissed clash stays dismissed; a clash that changes (a moved activity) comes back.</translation>
    </message>
    <message>
        <source>No clash: every activity can be reached.</source>
        <translation>No clash: every activity can be reached.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>&amp;Show the day</source>
        <translation>&amp;Show the day</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No usable OS keychain: the store key is kept in %1, readable only by you.</source>
        <translation>No usable OS keychain: the store key is kept in %1, readable only by you.</translation>
    </message>
    <message>
        <source>This data folder holds the account %1, not the demo. Choose another folder with --data-dir.</source>
        <translation>This data folder holds the account %1, not the demo. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>The demo family is ready in %1.</source>
        <translation>The demo family is ready in %1.</translation>
    </message>
    <message>
        <source>No member matches “%1”. Members: %2.</source>
        <translation>No member matches “%1”. Members: %2.</translation>
    </message>
    <message>
        <source>No organization has the slug “%1”. Organizations: %2.</source>
        <translation>No organization has the slug “%1”. Organizations: %2.</translation>
    </message>
    <message>
        <source>%1 %2 is not a date: write it YYYY-MM-DD, e.g. 2026-11-03.</source>
        <translation>%1 %2 is not a date: write it YYYY-MM-DD, e.g. 2026-11-03.</translation>
    </message>
    <message>
        <source>%1 %2 is outside the dates Carnet shows (%3 to %4).</source>
        <translation>%1 %2 is outside the dates Carnet shows (%3 to %4).</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from must not come after --to.</translation>
    </message>
    <message>
        <source>This data folder is empty: run “carnet demo-data” first.</source>
        <translation>This data folder is empty: run “carnet demo-data” first.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>No password: type it at the prompt or set CARNET_PASSWORD.</source>
        <translation>No password: type it at the prompt or set CARNET_PASSWORD.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Another sync of this data folder (the window's, or another command's) has been running for two minutes: it sends your edits too. Try again when it ends.</source>
        <translation>Another sync of this data folder (the window's, or another command's) has been running for two minutes: it sends your edits too. Try again when it ends.</translation>
    </message>
    <message>
        <source>Synced: %1 edits sent, %2 changes received.</source>
        <translation>Synced: %1 edits sent, %2 changes received.</translation>
    </message>
    <message>
        <source>%1 edits conflict with changes made on the platform: see “carnet status”.</source>
        <translation>%1 edits conflict with changes made on the platform: see “carnet status”.</translation>
    </message>
    <message>
        <source>%1 edits were refused by the platform: see “carnet status”.</source>
        <translation>%1 edits were refused by the platform: see “carnet status”.</translation>
    </message>
    <message>
        <source>This data folder holds unsent edits of %1. Sync them, or sign out with --forget-data first.</source>
        <translation>This data folder holds unsent edits of %1. Sync them, or sign out with --forget-data first.</translation>
    </message>
    <message>
        <source>No usable OS keychain: the sign-in lasts for this command only. “carnet sync” will ask for the password (or read CARNET_PASSWORD).</source>
        <translation>No usable OS keychain: the sign-in lasts for this command only. “carnet sync” will ask for the password (or read CARNET_PASSWORD).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>Nobody is signed in on this data folder: run “carnet login” first.</source>
        <translation>Nobody is signed in on this data folder: run “carnet login” first.</translation>
    </message>
    <message>
        <source>Sign in again with “carnet login --server”.</source>
        <translation>Sign in again with “carnet login --server”.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Account: %1 on %2</source>
        <translation>Account: %1 on %2</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Edits not yet accepted by the platform: %1</source>
        <translation>Edits not yet accepted by the platform: %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>sent, no answer yet: will be sent again</source>
        <translation>sent, no answer yet: will be sent again</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>Signed out; this account's data was removed from %1.</source>
        <translation>Signed out; this account's data was removed from %1.</translation>
    </message>
    <message>
        <source>Signed out; the local copy stays readable offline.</source>
        <translation>Signed out; the local copy stays readable offline.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was exported.</source>
        <translation>Could not write %1 (%2); nothing was exported.</translation>
    </message>
    <message>
        <source>Exported to %1 (it contains personal data: keep it safe).</source>
        <translation>Exported to %1 (it contains personal data: keep it safe).</translation>
    </message>
    <message>
        <source>Carnet ran into a problem it did not expect. Your saved data is safe; the details were written to %1.</source>
        <translation>Carnet ran into a problem it did not expect. Your saved data is safe; the details were written to %1.</translation>
    </message>
    <message>
        <source>Nothing to recover: the store in %1 opens, and its key matches.</source>
        <translation>Nothing to recover: the store in %1 opens, and its key matches.</translation>
    </message>
    <message>
        <source>A fresh store for %1 is ready: run “carnet sync” to download the account again.</source>
        <translation>A fresh store for %1 is ready: run “carnet sync” to download the account again.</translation>
    </message>
    <message>
        <source>No account could be read from it: sign in again with “carnet login”.</source>
        <translation>No account could be read from it: sign in again with “carnet login”.</translation>
    </message>
    <message>
        <source>Carnet cannot keep its log in %1 (%2); it goes on without it.</source>
        <translation>Carnet cannot keep its log in %1 (%2); it goes on without it.</translation>
    </message>
    <message>
        <source>%1 calendar entries written to %2.</source>
        <translation>%1 calendar entries written to %2.</translation>
    </message>
    <message>
        <source>The calendar to print is in %1.</source>
        <translation>The calendar to print is in %1.</translation>
    </message>
    <message>
        <source>Two places at once</source>
        <translation>Two places at once</translation>
    </message>
    <message>
        <source>Held on a closed day</source>
        <translation>Held on a closed day</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Booked twice</translation>
    </message>
    <message>
        <source>No clash from %1 to %2.</source>
        <translation>No clash from %1 to %2.</translation>
    </message>
    <message>
        <source>%1 dismissed (see --json).</source>
        <translation>%1 dismissed (see --json).</translation>
    </message>
    <message>
        <source>Say what to look for: a name, a word, an amount.</source>
        <translation>Say what to look for: a name, a word, an amount.</translation>
    </message>
    <message>
        <source>%1 cannot be read: run “carnet org login” again.</source>
        <translation>%1 cannot be read: run “carnet org login” again.</translation>
    </message>
    <message>
        <source>No organization yet: run “carnet org login” first.</source>
        <translation>No organization yet: run “carnet org login” first.</translation>
    </message>
    <message>
        <source>Nothing of organization %1 here yet: run “carnet org sync” first.</source>
        <translation>Nothing of organization %1 here yet: run “carnet org sync” first.</translation>
    </message>
    <message>
        <source>The platform refused this organization key and secret: check them and run “carnet org login” again.</source>
        <translation>The platform refused this organization key and secret: check them and run “carnet org login” again.</translation>
    </message>
    <message>
        <source>The platform does not let this key read organization %1 (check its number or slug).</source>
        <translation>The platform does not let this key read organization %1 (check its number or slug).</translation>
    </message>
    <message>
        <source>The platform at %1 cannot be reached. What was synced before stays readable offline.</source>
        <translation>The platform at %1 cannot be reached. What was synced before stays readable offline.</translation>
    </message>
    <message>
        <source>No %1: type it at the prompt or set %2.</source>
        <translation>No %1: type it at the prompt or set %2.</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>“%1” is not an organization number or slug.</source>
        <translation>“%1” is not an organization number or slug.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API secret</translation>
    </message>
    <message>
        <source>No usable OS keychain: the secret is kept for this command only; “carnet org sync” will read CARNET_ORG_SECRET.</source>
        <translation>No usable OS keychain: the secret is kept for this command only; “carnet org sync” will read CARNET_ORG_SECRET.</translation>
    </message>
    <message>
        <source>Signed in to organization %1 at %2. Next: “carnet org sync”.</source>
        <translation>Signed in to organization %1 at %2. Next: “carnet org sync”.</translation>
    </message>
    <message>
        <source>--days-back and --days-ahead: from 0, at most 400 days together.</source>
        <translation>--days-back and --days-ahead: from 0, at most 400 days together.</translation>
    </message>
    <message>
        <source>Synced organization %1 (sessions from %2 to %3): %4 added, %5 changed, %6 deleted, in %7 s.</source>
        <translation>Synced organization %1 (sessions from %2 to %3): %4 added, %5 changed, %6 deleted, in %7 s.</translation>
    </message>
    <message>
        <source>The platform asked to slow down: %1 s spent waiting.</source>
        <translation>The platform asked to slow down: %1 s spent waiting.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>%1 registered, %2 present, %3 absent</source>
        <translation>%1 registered, %2 present, %3 absent</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>session %1</translation>
    </message>
    <message>
        <source>No more sessions today.</source>
        <translation>No more sessions today.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Say what to look for: a name, an email, a phone number.</source>
        <translation>Say what to look for: a name, an email, a phone number.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is not a number.</translation>
    </message>
    <message>
        <source>No session %1 in what was synced of organization %2.</source>
        <translation>No session %1 in what was synced of organization %2.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>drop-in</translation>
    </message>
    <message>
        <source>No account %1 in what was synced of organization %2.</source>
        <translation>No account %1 in what was synced of organization %2.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Illnesses</source>
        <translation>Illnesses</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No medical information.</source>
        <translation>No medical information.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>legal guardian</source>
        <translation>legal guardian</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>emergency contact</translation>
    </message>
    <message>
        <source>Registrations (%1)</source>
        <translation>Registrations (%1)</translation>
    </message>
    <message>
        <source>This Carnet (%1) does not update itself: it was installed from source or without an update repository.</source>
        <translation>This Carnet (%1) does not update itself: it was installed from source or without an update repository.</translation>
    </message>
    <message>
        <source>Carnet's folder (%1) is kept by the system (its package manager, or an administrator): updates come from there.</source>
        <translation>Carnet's folder (%1) is kept by the system (its package manager, or an administrator): updates come from there.</translation>
    </message>
    <message>
        <source>No previous version is kept.</source>
        <translation>No previous version is kept.</translation>
    </message>
    <message>
        <source>The previous version is back: it starts next time.</source>
        <translation>The previous version is back: it starts next time.</translation>
    </message>
    <message>
        <source>The update was refused: what the update repository sent could not be verified. Carnet %1 stays installed; the details are in the log.</source>
        <translation>The update was refused: what the update repository sent could not be verified. Carnet %1 stays installed; the details are in the log.</translation>
    </message>
    <message>
        <source>The update repository could not be reached (%1).</source>
        <translation>The update repository could not be reached (%1).</translation>
    </message>
    <message>
        <source>Carnet %1 is up to date.</source>
        <translation>Carnet %1 is up to date.</translation>
    </message>
    <message>
        <source>Carnet %1 is downloaded and verified: it is installed the next time Carnet starts.</source>
        <translation>Carnet %1 is downloaded and verified: it is installed the next time Carnet starts.</translation>
    </message>
</context>
<context>
    <name>Comms</name>
    <message>
        <source>Show the emails of</source>
        <translation>Show the emails of</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Select an email to read it.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Receive from each organization:</source>
        <translation>Receive from each organization:</translation>
    </message>
    <message>
        <source>The platform's notifications</source>
        <translation>The platform's notifications</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>The platform</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Stop the platform's notifications?</source>
        <translation>Stop the platform's notifications?</translation>
    </message>
    <message>
        <source>You may miss important information about your account (payments, changes to your registrations). Stop them anyway?</source>
        <translation>You may miss important information about your account (payments, changes to your registrations). Stop them anyway?</translation>
    </message>
    <message>
        <source>Are you subscribed to that organization's emails? See the Subscriptions page.</source>
        <translation>Are you subscribed to that organization's emails? See the Subscriptions page.</translation>
    </message>
    <message>
        <source>Look in your spam or junk folder.</source>
        <translation>Look in your spam or junk folder.</translation>
    </message>
    <message>
        <source>Add the organization's address and the platform's notification address to your contacts.</source>
        <translation>Add the organization's address and the platform's notification address to your contacts.</translation>
    </message>
    <message>
        <source>Notifications about a child go to their primary legal guardian (see People).</source>
        <translation>Notifications about a child go to their primary legal guardian (see People).</translation>
    </message>
    <message>
        <source>Why am I not getting emails?</source>
        <translation>Why am I not getting emails?</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>RL-24 share</source>
        <translation>RL-24 share</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Primary guardian</source>
        <translation>Primary guardian</translation>
    </message>
    <message>
        <source>Secondary guardian</source>
        <translation>Secondary guardian</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Carnet ran into a problem</source>
        <translation>Carnet ran into a problem</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved data is safe. The details were written to %1; you can send that file to support.</source>
        <translation>Something unexpected happened. Your saved data is safe. The details were written to %1; you can send that file to support.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Entries of %1</source>
        <translation>Entries of %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>No organization is signed in here: sign in first with “carnet org login”, then “carnet org sync”.</source>
        <translation>No organization is signed in here: sign in first with “carnet org login”, then “carnet org sync”.</translation>
    </message>
    <message>
        <source>Organization %1 is not signed in here: sign in first with “carnet org login --org %1”.</source>
        <translation>Organization %1 is not signed in here: sign in first with “carnet org login --org %1”.</translation>
    </message>
    <message>
        <source>“%1” is not an organization number or store slug.</source>
        <translation>“%1” is not an organization number or store slug.</translation>
    </message>
    <message>
        <source>The platform refused this key and secret: check them as the organization's back office shows them.</source>
        <translation>The platform refused this key and secret: check them as the organization's back office shows them.</translation>
    </message>
    <message>
        <source>Carnet no longer knows how to reach organization %1: sign in again with “carnet org login --org %1”.</source>
        <translation>Carnet no longer knows how to reach organization %1: sign in again with “carnet org login --org %1”.</translation>
    </message>
    <message>
        <source>The organization's copy on this computer could not be written (%1).</source>
        <translation>The organization's copy on this computer could not be written (%1).</translation>
    </message>
    <message>
        <source>The platform refused this organization's key and secret: sign in again with “carnet org login”.</source>
        <translation>The platform refused this organization's key and secret: sign in again with “carnet org login”.</translation>
    </message>
    <message>
        <source>The platform does not let this key read organization %1.</source>
        <translation>The platform does not let this key read organization %1.</translation>
    </message>
    <message>
        <source>The platform cannot be reached: what was synced before stays readable here.</source>
        <translation>The platform cannot be reached: what was synced before stays readable here.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Never synced.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error (%1); the details are in the log.</source>
        <translation>The sync stopped on an unexpected error (%1); the details are in the log.</translation>
    </message>
</context>
<context>
    <name>DeskPrint</name>
    <message>
        <source>Nobody is registered.</source>
        <translation>Nobody is registered.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>drop-in</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Print the roster</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>DeskSignInDialog</name>
    <message>
        <source>Sign in to a front desk</source>
        <translation>Sign in to a front desk</translation>
    </message>
    <message>
        <source>number or store slug, e.g. club-natation</source>
        <translation>number or store slug, e.g. club-natation</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>API s&amp;ecret:</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Carnet — Front desk</source>
        <translation>Carnet — Front desk</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Carnet cannot open its window: Qt's X11 (xcb) plugin needs system libraries that are missing here: %1.</source>
        <translation>Carnet cannot open its window: Qt's X11 (xcb) plugin needs system libraries that are missing here: %1.</translation>
    </message>
    <message>
        <source>Install them, then start Carnet again (Debian, Ubuntu):</source>
        <translation>Install them, then start Carnet again (Debian, Ubuntu):</translation>
    </message>
    <message>
        <source>On another system, install the packages that provide them.</source>
        <translation>On another system, install the packages that provide them.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>An edit</source>
        <translation>An edit</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>New person: %1</source>
        <translation>New person: %1</translation>
    </message>
    <message>
        <source>New contact for %1: %2</source>
        <translation>New contact for %1: %2</translation>
    </message>
    <message>
        <source>Invitation of %1 (%2)</source>
        <translation>Invitation of %1 (%2)</translation>
    </message>
    <message>
        <source>Payment of %1 to %2</source>
        <translation>Payment of %1 to %2</translation>
    </message>
    <message>
        <source>%1 removed from quick access</source>
        <translation>%1 removed from quick access</translation>
    </message>
    <message>
        <source>Email marked as read: %1</source>
        <translation>Email marked as read: %1</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Contact removed</translation>
    </message>
    <message>
        <source>Contact removed: %1</source>
        <translation>Contact removed: %1</translation>
    </message>
    <message>
        <source>Payment method removed</source>
        <translation>Payment method removed</translation>
    </message>
    <message>
        <source>Payment method removed: %1</source>
        <translation>Payment method removed: %1</translation>
    </message>
    <message>
        <source>%1 — RL-24 shares</source>
        <translation>%1 — RL-24 shares</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (contact of %2) — %3</source>
        <translation>%1 (contact of %2) — %3</translation>
    </message>
    <message>
        <source>%1 of the postdated payment of %2 due on %3 — %4</source>
        <translation>%1 of the postdated payment of %2 due on %3 — %4</translation>
    </message>
    <message>
        <source>Subscription to %1 — %2</source>
        <translation>Subscription to %1 — %2</translation>
    </message>
    <message>
        <source>Form “%1” of %2</source>
        <translation>Form “%1” of %2</translation>
    </message>
    <message>
        <source>Account — %1</source>
        <translation>Account — %1</translation>
    </message>
</context>
<context>
    <name>EmailsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <source>Sessions cannot be cancelled from the calendar. A session can be cancelled only in the platform's mobile app, before its first occurrence, and only if it was paid in full by card in one transaction. Drop-ins can be cancelled online.</source>
        <translation>Sessions cannot be cancelled from the calendar. A session can be cancelled only in the platform's mobile app, before its first occurrence, and only if it was paid in full by card in one transaction. Drop-ins can be cancelled online.</translation>
    </message>
    <message>
        <source>%1 with %2:</source>
        <translation>%1 with %2:</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelling</translation>
    </message>
    <message>
        <source>&amp;Open the registration page</source>
        <translation>&amp;Open the registration page</translation>
    </message>
    <message>
        <source>How do I &amp;cancel this?</source>
        <translation>How do I &amp;cancel this?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Too many failed attempts: the platform refuses new ones for a while. Try again later; nothing else is affected.</source>
        <translation>Too many failed attempts: the platform refuses new ones for a while. Try again later; nothing else is affected.</translation>
    </message>
    <message>
        <source>The platform could not be reached to end the session there: it stays valid on the platform until it expires (about 8 hours). It was removed from this computer all the same.</source>
        <translation>The platform could not be reached to end the session there: it stays valid on the platform until it expires (about 8 hours). It was removed from this computer all the same.</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>Family card</source>
        <translation>Family card</translation>
    </message>
    <message>
        <source>Medical notes are hidden. Showing them is written to the organization's access log.</source>
        <translation>Medical notes are hidden. Showing them is written to the organization's access log.</translation>
    </message>
    <message>
        <source>Show medical notes</source>
        <translation>Show medical notes</translation>
    </message>
    <message>
        <source>This family is no longer in what was synced.</source>
        <translation>This family is no longer in what was synced.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Medical notes shown: this access was written to the organization's access log.</source>
        <translation>Medical notes shown: this access was written to the organization's access log.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Account owners</source>
        <translation>Account owners</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>No contact.</source>
        <translation>No contact.</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>No registration.</source>
        <translation>No registration.</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Illnesses</source>
        <translation>Illnesses</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No medical notes.</source>
        <translation>No medical notes.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>RL-24 share</source>
        <translation>RL-24 share</translation>
    </message>
    <message>
        <source>Contact of</source>
        <translation>Contact of</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>FindModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Family of %1</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Name, email or phone number</source>
        <translation>Name, email or phone number</translation>
    </message>
    <message>
        <source>Find a person or a family</source>
        <translation>Find a person or a family</translation>
    </message>
    <message>
        <source>Persons and families found</source>
        <translation>Persons and families found</translation>
    </message>
    <message>
        <source>Type a name, an email or a phone number; accents and case do not matter.</source>
        <translation>Type a name, an email or a phone number; accents and case do not matter.</translation>
    </message>
    <message numerus="yes">
        <source>%n found — Enter or a double-click opens the family's card.</source>
        <translation>
            <numerusform>%n found — Enter or a double-click opens the family's card.</numerusform>
            <numerusform>%n found — Enter or a double-click opens the family's card.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Welcome to Carnet</translation>
    </message>
    <message>
        <source>How will you use Carnet on this computer?</source>
        <translation>How will you use Carnet on this computer?</translation>
    </message>
    <message>
        <source>My family's account</source>
        <translation>My family's account</translation>
    </message>
    <message>
        <source>Every child's activities, payments and emails, offline too.</source>
        <translation>Every child's activities, payments and emails, offline too.</translation>
    </message>
    <message>
        <source>An organization's front desk</source>
        <translation>An organization's front desk</translation>
    </message>
    <message>
        <source>Today's sessions and rosters, find a family, print attendance sheets — with the organization's API key.</source>
        <translation>Today's sessions and rosters, find a family, print attendance sheets — with the organization's API key.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>ddd, MMM d</source>
        <translation>ddd, MMM d</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Move between days</source>
        <translation>Move between days</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Previous or next month or week</source>
        <translation>Previous or next month or week</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Page Up, Page Down</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>Walk a day's entries, then leave</source>
        <translation>Walk a day's entries, then leave</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Open an entry (its registration page)</source>
        <translation>Open an entry (its registration page)</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Space</translation>
    </message>
    <message>
        <source>An entry's menu (open, how to cancel)</source>
        <translation>An entry's menu (open, how to cancel)</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menu key, Shift+F10</translation>
    </message>
    <message>
        <source>Back to the day; clear the calendar's find</source>
        <translation>Back to the day; clear the calendar's find</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Carnet guide</source>
        <translation>Carnet guide</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Quick access</source>
        <translation>Quick access</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Closures</source>
        <translation>Closures</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Other events and bookings</source>
        <translation>Other events and bookings</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Struck through: a cancelled session</source>
        <translation>Struck through: a cancelled session</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>In italics: the member works there (staff)</source>
        <translation>In italics: the member works there (staff)</translation>
    </message>
</context>
<context>
    <name>LiveFile</name>
    <message>
        <source>Calendar file</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file up to date</source>
        <translation>&amp;Keep a calendar file up to date</translation>
    </message>
    <message>
        <source>After each sync, Carnet writes the calendar again as an .ics file in this folder. In a cloud drive's folder, a phone's calendar can read it.</source>
        <translation>After each sync, Carnet writes the calendar again as an .ics file in this folder. In a cloud drive's folder, a phone's calendar can read it.</translation>
    </message>
    <message>
        <source>C&amp;hoose the folder…</source>
        <translation>C&amp;hoose the folder…</translation>
    </message>
    <message>
        <source>One &amp;file per member</source>
        <translation>One &amp;file per member</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>No folder chosen yet.</translation>
    </message>
    <message>
        <source>Where to keep the calendar file</source>
        <translation>Where to keep the calendar file</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <source>&amp;Find in the calendar…</source>
        <translation>&amp;Find in the calendar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>How do I cancel a registration?</source>
        <translation>How do I cancel a registration?</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Report a problem…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Export &amp;calendar…</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed there.</source>
        <translation>%1 could not be written (%2). Nothing was changed there.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Clashes…</source>
        <translation>&amp;Clashes…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was deleted or changed since the search.</source>
        <translation>“%1” is no longer there: it was deleted or changed since the search.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find in the calendar:</source>
        <translation>Find in the calendar:</translation>
    </message>
    <message>
        <source>This organization has no online store.</source>
        <translation>This organization has no online store.</translation>
    </message>
</context>
<context>
    <name>MethodsModel</name>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <source>Authorized for</source>
        <translation>Authorized for</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
</context>
<context>
    <name>OrgDesk</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>PassesModel</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>Tokens left</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>The whole family</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Deleted method</source>
        <translation>Deleted method</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>Both values of each field</source>
        <translation>Both values of each field</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>On the platform</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Use the platform's</source>
        <translation>&amp;Use the platform's</translation>
    </message>
    <message>
        <source>This was changed on the platform while your edit waited to be sent. Choose which value to keep.</source>
        <translation>This was changed on the platform while your edit waited to be sent. Choose which value to keep.</translation>
    </message>
    <message>
        <source>Edit the contact</source>
        <translation>Edit the contact</translation>
    </message>
    <message>
        <source>Add a contact for %1</source>
        <translation>Add a contact for %1</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relationship</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Emergency &amp;contact</source>
        <translation>Emergency &amp;contact</translation>
    </message>
    <message>
        <source>Legal &amp;guardian</source>
        <translation>Legal &amp;guardian</translation>
    </message>
    <message>
        <source>Guardian ran&amp;k</source>
        <translation>Guardian ran&amp;k</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <source>&amp;SIN (NAS)</source>
        <translation>&amp;SIN (NAS)</translation>
    </message>
    <message>
        <source>Emergency contacts and legal guardians</source>
        <translation>Emergency contacts and legal guardians</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Add a contact…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Remove (X)</source>
        <translation>Remove (X)</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Remove the contact</translation>
    </message>
    <message>
        <source>Remove %1 from %2's contacts?</source>
        <translation>Remove %1 from %2's contacts?</translation>
    </message>
    <message>
        <source>RL-24 shares</source>
        <translation>RL-24 shares</translation>
    </message>
    <message>
        <source>RL-24 share of %1</source>
        <translation>RL-24 share of %1</translation>
    </message>
    <message>
        <source>No legal guardian yet: add one above.</source>
        <translation>No legal guardian yet: add one above.</translation>
    </message>
    <message>
        <source>Total: %1 %</source>
        <translation>Total: %1 %</translation>
    </message>
    <message>
        <source>the shares must add up to 100 %.</source>
        <translation>the shares must add up to 100 %.</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent.</source>
        <translation>Saved on this computer; waiting to be sent.</translation>
    </message>
    <message>
        <source>Everything the RL-24 needs is here.</source>
        <translation>Everything the RL-24 needs is here.</translation>
    </message>
    <message>
        <source>the primary legal guardian, who has an email address</source>
        <translation>the primary legal guardian, who has an email address</translation>
    </message>
    <message>
        <source>the account's contact email: no primary guardian with an email</source>
        <translation>the account's contact email: no primary guardian with an email</translation>
    </message>
    <message>
        <source>the account's username: no primary guardian with an email and no contact email</source>
        <translation>the account's username: no primary guardian with an email and no contact email</translation>
    </message>
    <message>
        <source>Notifications about %1 go to %2 — %3.</source>
        <translation>Notifications about %1 go to %2 — %3.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Members of the account</source>
        <translation>Members of the account</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <source>Persons can't be deleted or archived. For a duplicate, write to the platform's support: support@amilia.com.</source>
        <translation>Persons can't be deleted or archived. For a duplicate, write to the platform's support: support@amilia.com.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Leave them?</source>
        <translation>%1 has changes that are not saved. Leave them?</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>&amp;Child or adult</source>
        <translation>&amp;Child or adult</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>All four are required. The date of birth can't be changed afterwards.</source>
        <translation>All four are required. The date of birth can't be changed afterwards.</translation>
    </message>
    <message>
        <source>Invite %1 to the family account</source>
        <translation>Invite %1 to the family account</translation>
    </message>
    <message>
        <source>E&amp;mail address</source>
        <translation>E&amp;mail address</translation>
    </message>
    <message>
        <source>They receive an email to join the account and sign in with their own username.</source>
        <translation>They receive an email to join the account and sign in with their own username.</translation>
    </message>
    <message>
        <source>&amp;Invite to the family account…</source>
        <translation>&amp;Invite to the family account…</translation>
    </message>
    <message>
        <source>&amp;Review the conflict…</source>
        <translation>&amp;Review the conflict…</translation>
    </message>
    <message>
        <source>A child has no address of their own: they share the account holder's.</source>
        <translation>A child has no address of their own: they share the account holder's.</translation>
    </message>
    <message>
        <source>Forms by organization</source>
        <translation>Forms by organization</translation>
    </message>
    <message>
        <source>Refused by the platform: %1</source>
        <translation>Refused by the platform: %1</translation>
    </message>
    <message>
        <source>RL-24 readiness</source>
        <translation>RL-24 readiness</translation>
    </message>
    <message>
        <source>The platform changed this person while your edit waited to be sent.</source>
        <translation>The platform changed this person while your edit waited to be sent.</translation>
    </message>
    <message>
        <source>Refused by the platform: correct and save again.</source>
        <translation>Refused by the platform: correct and save again.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>Born %1. A date of birth is entered once: to correct it, contact the organization.</source>
        <translation>Born %1. A date of birth is entered once: to correct it, contact the organization.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Str&amp;eet</source>
        <translation>Str&amp;eet</translation>
    </message>
    <message>
        <source>Apartment, suite</source>
        <translation>Apartment, suite</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>P&amp;ostal code</translation>
    </message>
    <message>
        <source>Phone numbers and email</source>
        <translation>Phone numbers and email</translation>
    </message>
    <message>
        <source>Label (mobile, home…)</source>
        <translation>Label (mobile, home…)</translation>
    </message>
    <message>
        <source>Phone %1 label</source>
        <translation>Phone %1 label</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <source>Medical information</source>
        <translation>Medical information</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Allergies</translation>
    </message>
    <message>
        <source>&amp;Illnesses</source>
        <translation>&amp;Illnesses</translation>
    </message>
    <message>
        <source>Medica&amp;tion</source>
        <translation>Medica&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Reactions</source>
        <translation>&amp;Reactions</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <source>Health insurance n&amp;umber</source>
        <translation>Health insurance n&amp;umber</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>E&amp;xpiry</translation>
    </message>
    <message>
        <source>Social insurance number</source>
        <translation>Social insurance number</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the social insurance number</source>
        <translation>Show the social insurance number</translation>
    </message>
    <message>
        <source>Needed for the RL-24 tax slip of childcare fees. Stored encrypted on this computer.</source>
        <translation>Needed for the RL-24 tax slip of childcare fees. Stored encrypted on this computer.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>C&amp;hoose a photo…</source>
        <translation>C&amp;hoose a photo…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>This file is not an image.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>%1 · account holder</source>
        <translation>%1 · account holder</translation>
    </message>
</context>
<context>
    <name>PostdatedPanel</name>
    <message>
        <source>Postdated payments</source>
        <translation>Postdated payments</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Edit in Wallet</source>
        <translation>Edit in Wallet</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>not synced with the platform yet</source>
        <translation>not synced with the platform yet</translation>
    </message>
    <message>
        <source>as of the last sync, %1</source>
        <translation>as of the last sync, %1</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Closures</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Other events and bookings</source>
        <translation>Other events and bookings</translation>
    </message>
    <message>
        <source>Cancelled: struck through</source>
        <translation>Cancelled: struck through</translation>
    </message>
    <message>
        <source>Staff: in italics</source>
        <translation>Staff: in italics</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (staff)</translation>
    </message>
    <message>
        <source>+%1 more (see the agenda)</source>
        <translation>+%1 more (see the agenda)</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <source>Agenda from %1 to %2</source>
        <translation>Agenda from %1 to %2</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No entries.</translation>
    </message>
    <message>
        <source>The printer or the file could not be opened.</source>
        <translation>The printer or the file could not be opened.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>that folder cannot be written to</source>
        <translation>that folder cannot be written to</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>that folder does not exist</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was written.</source>
        <translation>Could not write %1 (%2); nothing was written.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 in %2 min</source>
        <translation>%1 in %2 min</translation>
    </message>
    <message>
        <source>%1 (moved)</source>
        <translation>%1 (moved)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3: no reminder for it any more.</source>
        <translation>%1 — %2, %3: no reminder for it any more.</translation>
    </message>
    <message>
        <source>Payment tomorrow: %1</source>
        <translation>Payment tomorrow: %1</translation>
    </message>
    <message>
        <source>%1 — %2, charged %3</source>
        <translation>%1 — %2, charged %3</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, due %3</translation>
    </message>
    <message>
        <source>Next: %1, %2 (%3)</source>
        <translation>Next: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Payment refused: %1</source>
        <translation>Payment refused: %1</translation>
    </message>
    <message>
        <source>Email from %1</source>
        <translation>Email from %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>%1 is closed on the day of %2's activity (%3).</source>
        <translation>%1 is closed on the day of %2's activity (%3).</translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>&amp;Remind me (tray notifications)</source>
        <translation>&amp;Remind me (tray notifications)</translation>
    </message>
    <message>
        <source>Before an &amp;activity:</source>
        <translation>Before an &amp;activity:</translation>
    </message>
    <message>
        <source>Before an &amp;event:</source>
        <translation>Before an &amp;event:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Quiet hours:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window closes</source>
        <translation>&amp;Keep running in the tray when the window closes</translation>
    </message>
    <message>
        <source>Start Carnet when I &amp;log in</source>
        <translation>Start Carnet when I &amp;log in</translation>
    </message>
    <message>
        <source>Carnet could not change how it starts (%1).</source>
        <translation>Carnet could not change how it starts (%1).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>This is everything the report holds: Carnet's log (with passwords, tokens, card numbers, SINs, email addresses and private details already removed), the versions and the environment. Your data and your password are never in it. Nothing is sent: save it, then attach it to an email.</source>
        <translation>This is everything the report holds: Carnet's log (with passwords, tokens, card numbers, SINs, email addresses and private details already removed), the versions and the environment. Your data and your password are never in it. Nothing is sent: save it, then attach it to an email.</translation>
    </message>
    <message>
        <source>Files in the report</source>
        <translation>Files in the report</translation>
    </message>
    <message>
        <source>The file's text</source>
        <translation>The file's text</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;Email…</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Save the problem report</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed there.</source>
        <translation>%1 could not be written (%2). Nothing was changed there.</translation>
    </message>
    <message>
        <source>Carnet: a problem report</source>
        <translation>Carnet: a problem report</translation>
    </message>
    <message>
        <source>Hello,

What happened: 

The problem report is attached (%1, saved with Help ▸ Report a problem… ▸ Save…). A link cannot attach it for you: please attach the file to this email before sending it.
</source>
        <translation>Hello,

What happened: 

The problem report is attached (%1, saved with Help ▸ Report a problem… ▸ Save…). A link cannot attach it for you: please attach the file to this email before sending it.
</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Not taken</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <source>Open the link?</source>
        <translation>Open the link?</translation>
    </message>
    <message>
        <source>This link opens %1 in your browser. Open it?</source>
        <translation>This link opens %1 in your browser. Open it?</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Closures</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>People, activities, emails, payments…</source>
        <translation>People, activities, emails, payments…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n result. Enter opens the highlighted one.</numerusform>
            <numerusform>%n results. Enter opens the highlighted one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>About Carnet</source>
        <translation>About Carnet</translation>
    </message>
    <message>
        <source>Qt %1, PySide %2.</source>
        <translation>Qt %1, PySide %2.</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <source>Third-party components and their licences:</source>
        <translation>Third-party components and their licences:</translation>
    </message>
    <message>
        <source>Change the username</source>
        <translation>Change the username</translation>
    </message>
    <message>
        <source>&amp;New username (an email address)</source>
        <translation>&amp;New username (an email address)</translation>
    </message>
    <message>
        <source>&amp;Confirmation code</source>
        <translation>&amp;Confirmation code</translation>
    </message>
    <message>
        <source>The platform sends a code to the new address. Type it here to confirm the change.</source>
        <translation>The platform sends a code to the new address. Type it here to confirm the change.</translation>
    </message>
    <message>
        <source>A code was sent to %1.</source>
        <translation>A code was sent to %1.</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>A&amp;bout Carnet…</source>
        <translation>A&amp;bout Carnet…</translation>
    </message>
    <message>
        <source>Check for &amp;updates every day</source>
        <translation>Check for &amp;updates every day</translation>
    </message>
    <message>
        <source>This computer has no usable OS keychain: the key that protects your private information is kept in %1, readable only by you. Whoever copies that file along with the data folder can read that information.</source>
        <translation>This computer has no usable OS keychain: the key that protects your private information is kept in %1, readable only by you. Whoever copies that file along with the data folder can read that information.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Change the &amp;username…</source>
        <translation>Change the &amp;username…</translation>
    </message>
    <message>
        <source>Change the &amp;password…</source>
        <translation>Change the &amp;password…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Data on this computer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Move the data folder</translation>
    </message>
    <message>
        <source>Move the data (the store, its key and the window's settings) to another folder.</source>
        <translation>Move the data (the store, its key and the window's settings) to another folder.</translation>
    </message>
    <message>
        <source>The data folder is named by --data-dir or CARNET_DATA_DIR: change it there.</source>
        <translation>The data folder is named by --data-dir or CARNET_DATA_DIR: change it there.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>&amp;Sign out…</translation>
    </message>
    <message>
        <source>Carnet will close and move its data — the store, its key and the window's settings — to %1, then use it from there. Edits not yet sent stay waiting and are sent from there.</source>
        <translation>Carnet will close and move its data — the store, its key and the window's settings — to %1, then use it from there. Edits not yet sent stay waiting and are sent from there.</translation>
    </message>
    <message>
        <source>The data could not be moved (%1). It stays in %2, which Carnet keeps using.</source>
        <translation>The data could not be moved (%1). It stays in %2, which Carnet keeps using.</translation>
    </message>
    <message>
        <source>Carnet's data is now in %1. Open Carnet again to use it.</source>
        <translation>Carnet's data is now in %1. Open Carnet again to use it.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out of this account on this computer?</source>
        <translation>Sign out of this account on this computer?</translation>
    </message>
    <message>
        <source>Also remove this account's data, key and token from this computer</source>
        <translation>Also remove this account's data, key and token from this computer</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>The data is already in %1.</translation>
    </message>
    <message>
        <source>%1 is inside the data folder, or the data folder inside it.</source>
        <translation>%1 is inside the data folder, or the data folder inside it.</translation>
    </message>
    <message>
        <source>%1 already holds files: choose an empty folder.</source>
        <translation>%1 already holds files: choose an empty folder.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Carnet</source>
        <translation>Sign in to Carnet</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username (email):</source>
        <translation>&amp;Username (email):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Review what changed on both sides</source>
        <translation>Review what changed on both sides</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n edit waiting</numerusform>
            <numerusform>%n edits waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>StoreProblem</name>
    <message>
        <source>The data file %1 is damaged or is not a Carnet store. Carnet has not changed it.</source>
        <translation>The data file %1 is damaged or is not a Carnet store. Carnet has not changed it.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: Carnet keeps its data in a folder. Move or rename the file, or choose another data folder with --data-dir (or CARNET_DATA_DIR).</source>
        <translation>%1 is a file, not a folder: Carnet keeps its data in a folder. Move or rename the file, or choose another data folder with --data-dir (or CARNET_DATA_DIR).</translation>
    </message>
    <message>
        <source>Carnet may not write in %1: it is read-only. Give yourself permission to write in it, or choose another data folder with --data-dir (or CARNET_DATA_DIR).</source>
        <translation>Carnet may not write in %1: it is read-only. Give yourself permission to write in it, or choose another data folder with --data-dir (or CARNET_DATA_DIR).</translation>
    </message>
    <message>
        <source>%1 belongs to another user of this computer: Carnet uses only a data folder of yours. Choose another with --data-dir (or CARNET_DATA_DIR), or have it given to you.</source>
        <translation>%1 belongs to another user of this computer: Carnet uses only a data folder of yours. Choose another with --data-dir (or CARNET_DATA_DIR), or have it given to you.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: this change could not be saved, and what was saved before is intact. Free some space, then try again.</source>
        <translation>The disk that holds %1 is full: this change could not be saved, and what was saved before is intact. Free some space, then try again.</translation>
    </message>
    <message>
        <source>The key that protects the private details (SIN, health information) kept in %1 is missing or does not match: the data folder was moved or copied from another computer, or the OS keychain entry or store.key was lost. If you can, put them back and try again; nothing was changed.</source>
        <translation>The key that protects the private details (SIN, health information) kept in %1 is missing or does not match: the data folder was moved or copied from another computer, or the OS keychain entry or store.key was lost. If you can, put them back and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Carnet could not use %1 (%2). Check the disk and the folder, then try again.</source>
        <translation>Carnet could not use %1 (%2). Check the disk and the folder, then try again.</translation>
    </message>
    <message>
        <source>Otherwise, run “carnet recover”: it keeps this copy aside, starts afresh for the same account and downloads it again at the next sync; edits not yet sent cannot be read.</source>
        <translation>Otherwise, run “carnet recover”: it keeps this copy aside, starts afresh for the same account and downloads it again at the next sync; edits not yet sent cannot be read.</translation>
    </message>
    <message>
        <source>Put back a copy you saved, or run “carnet recover”: it keeps this file aside and downloads your account again at the next sync.</source>
        <translation>Put back a copy you saved, or run “carnet recover”: it keeps this file aside and downloads your account again at the next sync.</translation>
    </message>
    <message>
        <source>The unreadable copy was kept as %1.</source>
        <translation>The unreadable copy was kept as %1.</translation>
    </message>
    <message>
        <source>Its unsent edits could not be counted.</source>
        <translation>Its unsent edits could not be counted.</translation>
    </message>
    <message>
        <source>Unsent edits that could not be read: %1.</source>
        <translation>Unsent edits that could not be read: %1.</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Your account downloads again from the platform now.</source>
        <translation>Your account downloads again from the platform now.</translation>
    </message>
    <message>
        <source>The sync could not save</source>
        <translation>The sync could not save</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <source>Carnet cannot use its data</source>
        <translation>Carnet cannot use its data</translation>
    </message>
    <message>
        <source>Keeping a copy aside renames the unreadable file beside a fresh one; nothing is deleted. Your account then downloads again from the platform. Edits not yet sent cannot be read.</source>
        <translation>Keeping a copy aside renames the unreadable file beside a fresh one; nothing is deleted. Your account then downloads again from the platform. Edits not yet sent cannot be read.</translation>
    </message>
    <message>
        <source>Keep a copy aside and download again</source>
        <translation>Keep a copy aside and download again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>Calendar invitations</source>
        <translation>Calendar invitations</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Some of what this screen shows could not be read (%1). The details are in the log.</source>
        <translation>Some of what this screen shows could not be read (%1). The details are in the log.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>Print roster…</translation>
    </message>
    <message>
        <source>No more sessions today.</source>
        <translation>No more sessions today.</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n session(s) now, %2 later</source>
        <translation>
            <numerusform>Today, %1: %n session now, %2 later</numerusform>
            <numerusform>Today, %1: %n sessions now, %2 later</numerusform>
        </translation>
    </message>
    <message>
        <source>No more sessions today. Next: %1</source>
        <translation>No more sessions today. Next: %1</translation>
    </message>
    <message>
        <source>Choose a session to see who is registered.</source>
        <translation>Choose a session to see who is registered.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Owed after this transaction</source>
        <translation>Owed after this transaction</translation>
    </message>
    <message>
        <source>Credit after this transaction</source>
        <translation>Credit after this transaction</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Carnet</source>
        <translation>Open Carnet</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>%1 removed from quick access.</source>
        <translation>%1 removed from quick access.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo removing %1</source>
        <translation>Undo removing %1</translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
</context>
<context>
    <name>Update</name>
    <message>
        <source>Carnet %1 is downloaded: it is installed the next time Carnet starts.</source>
        <translation>Carnet %1 is downloaded: it is installed the next time Carnet starts.</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>Replace the card</source>
        <translation>Replace the card</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>Card &amp;number</translation>
    </message>
    <message>
        <source>Expiry &amp;month</source>
        <translation>Expiry &amp;month</translation>
    </message>
    <message>
        <source>Expiry &amp;year</source>
        <translation>Expiry &amp;year</translation>
    </message>
    <message>
        <source>Security &amp;code</source>
        <translation>Security &amp;code</translation>
    </message>
    <message>
        <source>The number goes to the platform once; this computer keeps only the brand, the last 4 digits and the expiry.</source>
        <translation>The number goes to the platform once; this computer keeps only the brand, the last 4 digits and the expiry.</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>&amp;Add a card…</translation>
    </message>
    <message>
        <source>Add a &amp;bank account…</source>
        <translation>Add a &amp;bank account…</translation>
    </message>
    <message>
        <source>&amp;Replace the card…</source>
        <translation>&amp;Replace the card…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Upcoming payments</source>
        <translation>Upcoming payments</translation>
    </message>
    <message>
        <source>Past payments</source>
        <translation>Past payments</translation>
    </message>
    <message>
        <source>&amp;Change the payment method…</source>
        <translation>&amp;Change the payment method…</translation>
    </message>
    <message>
        <source>Only the payment method of an upcoming payment can change here. To change its date, contact the organization.</source>
        <translation>Only the payment method of an upcoming payment can change here. To change its date, contact the organization.</translation>
    </message>
    <message>
        <source>Past payments (%1)</source>
        <translation>Past payments (%1)</translation>
    </message>
    <message>
        <source>Address and au&amp;thorizations…</source>
        <translation>Address and au&amp;thorizations…</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>Delete the payment method</source>
        <translation>Delete the payment method</translation>
    </message>
    <message>
        <source>Upcoming payment</source>
        <translation>Upcoming payment</translation>
    </message>
    <message>
        <source>Only a scheduled payment can change.</source>
        <translation>Only a scheduled payment can change.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Add a payment method first.</source>
        <translation>Add a payment method first.</translation>
    </message>
    <message>
        <source>Pay %1 on %2 with:</source>
        <translation>Pay %1 on %2 with:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Billing &amp;street</source>
        <translation>Billing &amp;street</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>P&amp;ostal code</translation>
    </message>
    <message>
        <source>Organizations allowed to charge it:</source>
        <translation>Organizations allowed to charge it:</translation>
    </message>
    <message>
        <source>Replace the bank account</source>
        <translation>Replace the bank account</translation>
    </message>
    <message>
        <source>Add a bank account</source>
        <translation>Add a bank account</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Name (optional)</translation>
    </message>
    <message>
        <source>&amp;Institution number (3 digits)</source>
        <translation>&amp;Institution number (3 digits)</translation>
    </message>
    <message>
        <source>&amp;Transit number (5 digits)</source>
        <translation>&amp;Transit number (5 digits)</translation>
    </message>
    <message>
        <source>&amp;Account number (7 to 12 digits)</source>
        <translation>&amp;Account number (7 to 12 digits)</translation>
    </message>
    <message>
        <source>The numbers are on a cheque. They go to the platform once; this computer keeps only the name and the account's last 4 digits.</source>
        <translation>The numbers are on a cheque. They go to the platform once; this computer keeps only the name and the account's last 4 digits.</translation>
    </message>
</context>
<context>
    <name>WalletTab</name>
    <message numerus="yes">
        <source>%n upcoming payment(s) still use it. Deleting it does not cancel them: they stay scheduled and will fail unless you choose another method.</source>
        <translation>
            <numerusform>%n upcoming payment still uses it. Deleting it does not cancel it: it stays scheduled and will fail unless you choose another method.</numerusform>
            <numerusform>%n upcoming payments still use it. Deleting it does not cancel them: they stay scheduled and will fail unless you choose another method.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app.window</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Some changes are not saved yet. Changing the language now leaves them. Change it anyway?</source>
        <translation>Some changes are not saved yet. Changing the language now leaves them. Change it anyway?</translation>
    </message>
</context>
</TS>