"""message ids: a chat message sent again after a crash is stored once

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 18:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

OWNERS = {"goals": "client_id", "goal_steps": "goal_id", "ratings": "client_id", "checkins": "client_id",
          "agenda_items": "client_id"}


def upgrade() -> None:
    for table, owner in OWNERS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('message_id', sa.String(length=64), nullable=True))
            batch_op.create_unique_constraint(f'uq_{table}_{owner}_message_id', [owner, 'message_id'])


def downgrade() -> None:
    for table, owner in OWNERS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f'uq_{table}_{owner}_message_id', type_='unique')
            batch_op.drop_column('message_id')
