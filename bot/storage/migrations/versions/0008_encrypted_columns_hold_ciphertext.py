"""encrypted columns hold ciphertext: the two that were short strings become text

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 09:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an encrypted nickname or TOTP secret is longer than the plain one
    with op.batch_alter_table('ombud_links', schema=None) as batch_op:
        batch_op.alter_column('nickname', existing_type=sa.String(length=80), type_=sa.Text(), existing_nullable=True)
    with op.batch_alter_table('ombuds', schema=None) as batch_op:
        batch_op.alter_column('totp_secret', existing_type=sa.String(length=64), type_=sa.Text(), existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('ombuds', schema=None) as batch_op:
        batch_op.alter_column('totp_secret', existing_type=sa.Text(), type_=sa.String(length=64), existing_nullable=True)
    with op.batch_alter_table('ombud_links', schema=None) as batch_op:
        batch_op.alter_column('nickname', existing_type=sa.Text(), type_=sa.String(length=80), existing_nullable=True)
