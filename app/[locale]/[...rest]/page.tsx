import { notFound } from 'next/navigation';

// Any other path under a locale is a 404, rendered by app/[locale]/not-found.tsx in that locale.
export default function CatchAll(): never {
  notFound();
}
