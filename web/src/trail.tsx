import { Breadcrumbs, BreadcrumbsItem, BreadcrumbsList } from '@digdir/designsystemet-react';
import { AppLink } from './router.tsx';

/** Where a page sits: county → municipality → unit, each a link. */
export function Trail({ steps }: { steps: { to: string; label: string }[] }) {
  return (
    <Breadcrumbs aria-label="Du er her">
      <BreadcrumbsList>
        {steps.map((step) => (
          <BreadcrumbsItem key={step.to}>
            <AppLink to={step.to}>{step.label}</AppLink>
          </BreadcrumbsItem>
        ))}
      </BreadcrumbsList>
    </Breadcrumbs>
  );
}
