interface DemoAccountsProps {
  accounts: { email: string; role: string }[];
  password: string;
}

export function DemoAccounts({ accounts, password }: DemoAccountsProps) {
  return (
    <section aria-labelledby="demo-heading" className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm">
      <h2 id="demo-heading" className="font-medium text-amber-900">
        Demo data is in use
      </h2>
      <p className="mt-1 text-amber-900">
        Every demo account uses the password <code className="whitespace-nowrap rounded bg-white px-1">{password}</code>.
      </p>
      <ul className="mt-2 space-y-1">
        {accounts.map((account) => (
          <li key={account.email}>
            <code>{account.email}</code> <span className="text-amber-800">({account.role.toLowerCase()})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
