// Demo data for the first start: the City's service areas, a few staff members and ideas.
import { count } from 'drizzle-orm';
import type { Db } from './client.ts';
import { categories, ideas, users } from './schema.ts';

const DEMO_ISSUER = 'dev';

/** Seeds demo data when the database has no categories yet; returns whether it seeded. */
export function seedDemoData(db: Db): boolean {
  const [row] = db.select({ n: count() }).from(categories).all();
  if ((row?.n ?? 0) > 0) return false;
  db.transaction((tx) => {
    const [admin, owner, staff] = tx
      .insert(users)
      .values([
        { subject: 'admin', issuer: DEMO_ISSUER, displayName: 'Anna Ylläpitäjä', role: 'admin', orgUnit: 'ELKO' },
        { subject: 'omistaja', issuer: DEMO_ISSUER, displayName: 'Olli Omistaja', role: 'staff', orgUnit: 'KYP' },
        { subject: 'tyontekija', issuer: DEMO_ISSUER, displayName: 'Tiina Työntekijä', role: 'staff', orgUnit: 'KOP' },
      ])
      .returning({ id: users.id })
      .all();
    const area = (slug: string, nameFi: string, nameSv: string, nameEn: string) => ({
      slug,
      nameFi,
      nameSv,
      nameEn,
      defaultOwnerId: owner?.id,
      adminId: admin?.id,
    });
    const [elko, kyp] = tx
      .insert(categories)
      .values([
        area(
          'elinvoima-ja-konsernipalvelut',
          'Elinvoima- ja konsernipalvelut',
          'Livskraft och koncerntjänster',
          'Vitality and group services',
        ),
        area('kaupunkiymparisto', 'Kaupunkiympäristö', 'Stadsmiljö', 'Urban environment'),
        area(
          'hyvinvoinnin-edistaminen',
          'Hyvinvoinnin edistäminen',
          'Främjande av välbefinnande',
          'Wellbeing promotion',
        ),
        area('kasvu-ja-oppiminen', 'Kasvu ja oppiminen', 'Uppväxt och lärande', 'Growth and learning'),
      ])
      .returning({ id: categories.id })
      .all();
    tx.insert(ideas)
      .values([
        {
          title: 'Sähköinen lomakepohja matkalaskuille',
          body: 'Matkalaskut täytetään yhä paperilla ja skannataan. Sähköinen lomake säästäisi aikaa.',
          categoryId: elko?.id,
          authorId: staff?.id,
          ownerId: owner?.id,
        },
        {
          title: 'Pyörätelineitä virastotalon pihalle',
          body: 'Kesäisin pyöriä on joka puolella. Katetut telineet houkuttelisivat pyöräilemään töihin.',
          categoryId: kyp?.id,
          authorId: staff?.id,
          ownerId: owner?.id,
        },
      ])
      .run();
  });
  return true;
}
