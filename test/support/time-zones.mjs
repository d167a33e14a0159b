// The time zones the suite checks the week in, with their UTC offset in February (when the week is).
// Shared by the test runner's config, which starts a WebKit in each (WebDriver cannot change a page's time
// zone), and by the tests.
export const TIME_ZONES = [
  { zone: 'Europe/London', february: '+00:00' },
  { zone: 'America/Los_Angeles', february: '-08:00' },
  { zone: 'Asia/Kolkata', february: '+05:30' },
  { zone: 'Pacific/Chatham', february: '+13:45' },
  { zone: 'Pacific/Kiritimati', february: '+14:00' },
  { zone: 'Pacific/Auckland', february: '+13:00' },
];
