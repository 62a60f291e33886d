/** A place by its name, its code beside it in grey (for telling places apart and for search); the code alone without a name. */
export function NameWithCode({ name, code }: { name: string | null; code: string }) {
  if (!name) return <span className="mono">{code}</span>;
  return (
    <>
      {name} <span className="mono muted">{code}</span>
    </>
  );
}
