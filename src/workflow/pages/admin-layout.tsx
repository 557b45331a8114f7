/** The frame of the administration pages (/beheer): a heading and the administration menu. */
import type { ComponentChildren, VNode } from 'preact';
import { Page } from '../../render/html/document.js';

export const ADMIN_SECTIONS: readonly {
  readonly href: string;
  readonly label: string;
  readonly about: string;
}[] = [
  { href: '/beheer/gebruikers', label: 'Gebruikers', about: 'uitnodigen, rollen en gemeenten, uitschakelen' },
  {
    href: '/beheer/data',
    label: 'Data',
    about: 'nieuwe cijfers opladen en controleren, releases bouwen, activeren en terugzetten',
  },
  {
    href: '/beheer/audit',
    label: 'Auditlogboek',
    about: 'wie deed wat, wanneer, met de toestand ervoor en erna',
  },
  {
    href: '/beheer/gebruik',
    label: 'Gebruik',
    about: 'welke gemeenten hun cijfers bekijken, downloaden en inbedden',
  },
  {
    href: '/beheer/rondvraag',
    label: 'Rondvraag',
    about: 'welke gemeenten hun cijfers gebruiken volgens henzelf: contacten, versturen, antwoorden',
  },
  {
    href: '/beheer/uitgaande-mail',
    label: 'Uitgaande e-mail',
    about: 'uitnodigingen en herstellinks, verzonden of in de outbox',
  },
];

export function AdminPage({ title, children }: { title: string; children: ComponentChildren }): VNode {
  return (
    <Page title={`${title} – beheer`}>
      <p class="meta">
        <a href="/beheer">Beheer</a>
      </p>
      <nav aria-label="Beheer" class="admin-nav">
        {ADMIN_SECTIONS.map((s) => (
          <a key={s.href} href={s.href}>
            {s.label}
          </a>
        ))}
      </nav>
      <h1>{title}</h1>
      {children}
    </Page>
  );
}

export function AdminHomePage(): VNode {
  return (
    <AdminPage title="Beheer">
      <ul>
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href}>
            <a href={s.href}>{s.label}</a>: {s.about}
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
