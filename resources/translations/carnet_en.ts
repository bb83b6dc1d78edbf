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
    <name>BillingTab</name>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>%1: balance %2</source>
        <translation>%1: balance %2</translation>
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
</context>
<context>
    <name>CalendarGrid</name>
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
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (staff)</translation>
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
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
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
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Emails (%1)</source>
        <translation>Emails (%1)</translation>
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
        <source>Exported to %1 (it contains personal data: keep it safe).</source>
        <translation>Exported to %1 (it contains personal data: keep it safe).</translation>
    </message>
</context>
<context>
    <name>CommunicationsTab</name>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
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
    <name>Formats</name>
    <message>
        <source>ddd, MMM d</source>
        <translation>ddd, MMM d</translation>
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
        <source>&amp;Find in the calendar…</source>
        <translation>&amp;Find in the calendar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>How do I cancel a registration?</source>
        <translation>How do I cancel a registration?</translation>
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
        <source>Cancelling</source>
        <translation>Cancelling</translation>
    </message>
    <message>
        <source>Sessions cannot be cancelled from the calendar. A session can be cancelled only in the platform's mobile app, before its first occurrence, and only if it was paid in full by card in one transaction. Drop-ins can be cancelled online.</source>
        <translation>Sessions cannot be cancelled from the calendar. A session can be cancelled only in the platform's mobile app, before its first occurrence, and only if it was paid in full by card in one transaction. Drop-ins can be cancelled online.</translation>
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
        <source>Contact</source>
        <translation>Contact</translation>
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
    <name>SettingsTab</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
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
</context>
<context>
    <name>WalletTab</name>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
</TS>